#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace churnlens {

QWidget *makePlaceholderPage(QLabel **message, QWidget *parent, QWidget *button)
{
    auto *page = new QWidget(parent);
    auto *label = new QLabel(page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(label);
    if (button)
        layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    *message = label;
    return page;
}

} // namespace churnlens
