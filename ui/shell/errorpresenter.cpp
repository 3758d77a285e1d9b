#include "errorpresenter.h"

#include "common/format.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QStringList>

namespace churnlens {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ErrorPresenter)
};
} // namespace

QString ErrorPresenter::whereAndWhat(const Error &error)
{
    QStringList details;
    if (!error.file.isEmpty())
        details << Text::tr("File: %1").arg(QDir::toNativeSeparators(error.file));
    if (error.line > 0 && error.column > 0)
        details << Text::tr("Line %1, column %2").arg(format::count(error.line)).arg(error.column);
    else if (error.line > 0)
        details << Text::tr("Line %1").arg(format::count(error.line));
    if (!error.value.isEmpty())
        details << Text::tr("Value: “%1”").arg(error.value);
    if (!error.hint.isEmpty()) {
        if (!details.isEmpty())
            details << QString();
        details << Text::tr("What to do: %1").arg(error.hint);
    }
    return details.join(QLatin1Char('\n'));
}

QMessageBox *ErrorPresenter::show(QWidget *parent, const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setInformativeText(whereAndWhat(error));
    box->setDetailedText(error.toString());
    box->open(); // window-modal, returns at once
    return box;
}

} // namespace churnlens
