#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;

namespace churnlens {

/*!
 * A run's note and tags: one line of note, tags separated by commas. Open it with open();
 * read note() and tags() on accepted(). GUI thread only.
 */
class AnnotateDialog : public QDialog
{
    Q_OBJECT

public:
    AnnotateDialog(qint64 runId, const QString &note, const QStringList &tags, QWidget *parent = nullptr);

    QString note() const;
    QStringList tags() const;
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *tagsEdit() const { return m_tags; }

private:
    QLineEdit *m_note;
    QLineEdit *m_tags;
};

} // namespace churnlens
