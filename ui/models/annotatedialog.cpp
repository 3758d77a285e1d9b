#include "annotatedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace churnlens {

AnnotateDialog::AnnotateDialog(qint64 runId, const QString &note, const QStringList &tags, QWidget *parent)
    : QDialog(parent)
    , m_note(new QLineEdit(note, this))
    , m_tags(new QLineEdit(tags.join(QStringLiteral(", ")), this))
{
    setWindowTitle(tr("Note and Tags of Run %1").arg(runId));
    setObjectName(QStringLiteral("annotateDialog"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What was tried, what came out"));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("baseline, march, with SMOTE"));
    m_note->setMinimumWidth(m_note->fontMetrics().averageCharWidth() * 50);
    auto *form = new QFormLayout;
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Tags:"), m_tags);
    auto *hint = new QLabel(tr("Separate tags with commas. The filter above the runs table finds runs by note and tags."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QString AnnotateDialog::note() const
{
    return m_note->text().trimmed();
}

QStringList AnnotateDialog::tags() const
{
    QStringList out;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = t.simplified();
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag;
    }
    return out;
}

} // namespace churnlens
