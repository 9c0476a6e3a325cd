#include "ui/statistics/AggregateTableModel.h"

#include <QFont>
#include <QLocale>

AggregateTableModel::AggregateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AggregateTableModel::setTable(const std::optional<AggregateTable>& table)
{
    beginResetModel();
    m_table = table;
    m_headers = table ? table->headers(false) : QStringList();
    endResetModel();
}

int AggregateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->cells.size());
}

int AggregateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant AggregateTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_table || !index.isValid())
        return {};
    const AggregateTable::Cell& cell = m_table->cells[index.row()];
    const bool countColumn = index.column() == m_headers.size() - 1;
    switch (role) {
    case Qt::DisplayRole:
        if (countColumn)
            return cell.suppressed ? QStringLiteral("—") : QLocale().toString(cell.count);
        return m_table->rowLabels(cell, false).value(index.column());
    case Qt::TextAlignmentRole:
        return countColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (cell.isTotal()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return cell.suppressed ? tr("Hidden to protect the people counted") : QVariant();
    default:
        return {};
    }
}

QVariant AggregateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}
