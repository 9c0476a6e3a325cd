#include "ui/admin/AuditTrailModel.h"

#include "core/common/DateFormats.h"
#include "core/services/AuditService.h"

AuditTrailModel::AuditTrailModel(const Database& db, const Clock& clock, const UserSession& session,
                                 QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(db, clock, session)
    , m_pages(PageSize, 10)
{
    refresh();
}

void AuditTrailModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    refresh();
}

void AuditTrailModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_lastError.clear();
    Result<int> count = m_service.count(m_filter);
    m_rowCount = count ? *count : 0;
    if (!count)
        m_lastError = count.error().message();
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditEntry* e = m_pages.row(
        index.row(),
        [this](int offset, int limit) { return m_service.entries(m_filter, offset, limit); },
        m_lastError);
    if (!e)
        return {};
    switch (index.column()) {
    case IdColumn:
        return e->id;
    case AtColumn:
        return DateFormats::numeric(e->at, true);
    case UserColumn:
        return e->username;
    case ActionColumn:
        return role == Qt::ToolTipRole ? e->event.action : AuditService::actionLabel(e->event.action);
    case RecordColumn:
        return e->event.recordLabel;
    case DetailsColumn: {
        const QString details = AuditService::describeChanges(*e);
        return role == Qt::ToolTipRole
                   ? details
                   : QString(details).replace(QLatin1Char('\n'), QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case AtColumn:
        return tr("When");
    case UserColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case RecordColumn:
        return tr("Record");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}
