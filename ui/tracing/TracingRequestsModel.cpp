#include "ui/tracing/TracingRequestsModel.h"
#include "core/common/DateFormats.h"

#include <QFont>

TracingRequestsModel::TracingRequestsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TracingRequestsModel::setRequests(const QList<TracingRequest>& requests,
                                       const QHash<qint64, int>& pending)
{
    beginResetModel();
    m_requests = requests;
    m_pending = pending;
    endResetModel();
}

int TracingRequestsModel::rowOf(qint64 requestId) const
{
    for (int i = 0; i < m_requests.size(); ++i) {
        if (m_requests[i].id == requestId)
            return i;
    }
    return -1;
}

int TracingRequestsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int TracingRequestsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TracingRequestsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const TracingRequest& r = m_requests[index.row()];
    const int pending = m_pending.value(r.id);
    if (role == RequestIdRole)
        return r.id;
    if (role == Qt::FontRole && pending > 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ReferenceColumn:
        return r.reference();
    case RequestedColumn:
        return DateFormats::numeric(r.requestedOn);
    case SoughtColumn:
        return r.sought.fullName();
    case InquirerColumn:
        return tr("%1 (seeks their %2)")
            .arg(r.inquirerName, relationshipCodes().label(r.relationship).toLower());
    case StatusColumn:
        return tracingStatusCodes().label(r.status);
    case PendingColumn:
        return pending > 0 ? QString::number(pending) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TracingRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ReferenceColumn:
        return tr("Reference");
    case RequestedColumn:
        return tr("Asked on");
    case SoughtColumn:
        return tr("Sought");
    case InquirerColumn:
        return tr("Asked by");
    case StatusColumn:
        return tr("Status");
    case PendingColumn:
        return tr("To review");
    case ColumnCount:
        break;
    }
    return {};
}
