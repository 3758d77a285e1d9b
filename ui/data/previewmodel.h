#pragma once

#include "data/csvreader.h"

#include <QAbstractTableModel>

namespace churnlens {

/*!
 * The first rows of a text file as the import dialog shows them: header from the preview,
 * cells as text, and cells the current options treat as missing shown as a grey dash.
 */
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewModel(QObject *parent = nullptr);

    void setPreview(const CsvPreview &preview);
    void clear();
    const CsvPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isMissing(const QString &cell) const;

    CsvPreview m_preview;
    int m_columns = 0;
};

} // namespace churnlens
