#include "ui/legal/DeadlinesModel.h"

#include "core/common/DateFormats.h"
#include "core/services/ProcedureService.h"
#include "ui/common/ErrorStyle.h"

#include <QBrush>
#include <QColor>
#include <QFont>

DeadlinesModel::DeadlinesModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

DeadlinesModel::Group DeadlinesModel::groupOf(const Deadline& deadline, QDate today)
{
    if (deadline.done)
        return Group::Done;
    switch (DeadlineService::bucketOf(deadline, today)) {
    case DeadlineService::Bucket::Overdue:
        return Group::Overdue;
    case DeadlineService::Bucket::Today:
        return Group::Today;
    case DeadlineService::Bucket::ThisWeek:
        return Group::ThisWeek;
    case DeadlineService::Bucket::Flagged:
        return Group::Flagged;
    case DeadlineService::Bucket::Later:
        break;
    }
    return Group::Later;
}

void DeadlinesModel::setRows(const QList<DeadlineRow>& rows, QDate today)
{
    beginResetModel();
    m_today = today;
    for (QList<DeadlineRow>& g : m_groups)
        g.clear();
    for (const DeadlineRow& r : rows)
        m_groups[int(groupOf(r.deadline, today))].append(r);
    // Done ones most recent first; open ones soonest first, as they come.
    std::reverse(m_groups[int(Group::Done)].begin(), m_groups[int(Group::Done)].end());
    m_shown = {int(Group::Overdue), int(Group::Today), int(Group::ThisWeek), int(Group::Later)};
    // Shown only when something is flagged: most organisations never see it.
    if (!m_groups[int(Group::Flagged)].isEmpty())
        m_shown.insert(3, int(Group::Flagged));
    if (!m_groups[int(Group::Done)].isEmpty())
        m_shown.append(int(Group::Done));
    endResetModel();
}

QList<DeadlineRow> DeadlinesModel::rowsIn(Group group) const
{
    return m_groups[int(group)];
}

QModelIndex DeadlinesModel::groupIndex(Group group) const
{
    const int row = int(m_shown.indexOf(int(group)));
    return row < 0 ? QModelIndex() : createIndex(row, 0, GroupId);
}

QModelIndex DeadlinesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_shown.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_shown.size())
        return {};
    const int group = m_shown[parent.row()];
    if (row >= m_groups[group].size())
        return {};
    return createIndex(row, column, quintptr(group + 1));
}

QModelIndex DeadlinesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    const int group = int(child.internalId()) - 1;
    return createIndex(int(m_shown.indexOf(group)), 0, GroupId);
}

int DeadlinesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.internalId() != GroupId || parent.column() != 0 || parent.row() >= m_shown.size())
        return 0;
    return int(m_groups[m_shown[parent.row()]].size());
}

int DeadlinesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId)
        return groupData(m_shown.value(index.row()), index.column(), role);
    const int group = int(index.internalId()) - 1;
    if (group < 0 || group >= GroupCount || index.row() >= m_groups[group].size())
        return {};
    return deadlineData(m_groups[group][index.row()], index.column(), role);
}

QVariant DeadlinesModel::groupData(int group, int column, int role) const
{
    if (column != 0)
        return {};
    const qsizetype count = m_groups[group].size();
    if (role == Qt::DisplayRole) {
        const QString label = group == int(Group::Done)
                                  ? tr("Done")
                                  : DeadlineService::bucketLabel(DeadlineService::Bucket(group));
        return QStringLiteral("%1 (%2)").arg(label).arg(count);
    }
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && group == int(Group::Overdue) && count > 0)
        return QBrush(QColor(ErrorStyle::color()));
    return {};
}

QVariant DeadlinesModel::deadlineData(const DeadlineRow& row, int column, int role) const
{
    const Deadline& d = row.deadline;
    switch (role) {
    case DeadlineIdRole:
        return d.id;
    case CaseIdRole:
        return d.caseId;
    case Qt::DisplayRole:
        switch (Column(column)) {
        case DueColumn:
            if (d.done)
                return DateFormats::numeric(d.dueOn);
            return QStringLiteral("%1 (%2)").arg(DateFormats::numeric(d.dueOn),
                                                 DeadlineService::whenText(d.dueOn, m_today));
        case WhatColumn:
            return DeadlineService::describe(row);
        case CaseColumn:
            return row.personName.isEmpty()
                       ? row.caseNumber
                       : QStringLiteral("%1 · %2").arg(row.caseNumber, row.personName);
        case ProcedureColumn:
            if (!row.procedureType.isEmpty())
                return ProcedureRules::typeName(row.procedureType);
            return d.kind == Deadline::Kind::Document ? tr("Document expiry") : QString();
        case ResponsibleColumn:
            return d.responsible;
        case DoneColumn:
        case ColumnCount:
            break;
        }
        return {};
    case Qt::CheckStateRole:
        if (column == DoneColumn)
            return d.done ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (!d.done && d.dueOn < m_today)
            return QBrush(QColor(ErrorStyle::color()));
        if (d.done)
            return QBrush(QColor(0x77, 0x77, 0x77));
        return {};
    case Qt::FontRole:
        if (!d.done && d.dueOn == m_today) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == DoneColumn)
            return d.done ? tr("Done on %1 by %2").arg(DateFormats::numeric(d.doneOn), d.doneBy)
                          : QVariant();
        // A column too narrow for its text shows it whole on hovering.
        return deadlineData(row, column, Qt::DisplayRole);
    default:
        return {};
    }
}

bool DeadlinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.internalId() == GroupId || index.column() != DoneColumn ||
        role != Qt::CheckStateRole)
        return false;
    const qint64 id = data(index, DeadlineIdRole).toLongLong();
    emit doneChangeRequested(id, Qt::CheckState(value.toInt()) == Qt::Checked);
    // The owner reloads when the change is saved; until then nothing changes here.
    return false;
}

Qt::ItemFlags DeadlinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DoneColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DueColumn:
        return tr("Due");
    case WhatColumn:
        return tr("What");
    case CaseColumn:
        return tr("Case");
    case ProcedureColumn:
        return tr("Procedure");
    case ResponsibleColumn:
        return tr("Responsible");
    case DoneColumn:
        return tr("Done");
    case ColumnCount:
        break;
    }
    return {};
}
