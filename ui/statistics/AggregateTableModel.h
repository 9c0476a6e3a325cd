#pragma once

#include "core/statistics/AggregateTable.h"

#include <QAbstractTableModel>

// A protected table for a view: one row per combination or total, hidden counts as "—".
class AggregateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AggregateTableModel(QObject* parent = nullptr);
    void setTable(const std::optional<AggregateTable>& table);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::optional<AggregateTable> m_table;
    QStringList m_headers;
};
