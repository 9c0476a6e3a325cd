#include "ui/tracing/ReunificationHitsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

ReunificationHitsModel::ReunificationHitsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReunificationHitsModel::setHits(const QList<ReunificationHit>& hits,
                                     const QList<MatchStatus>& statuses)
{
    beginResetModel();
    m_hits = hits;
    m_statuses = statuses;
    endResetModel();
}

int ReunificationHitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int ReunificationHitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReunificationHitsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const ReunificationHit& h = m_hits[index.row()];
    const MatchStatus status = m_statuses.value(index.row(), MatchStatus::Pending);
    switch (role) {
    case PersonIdRole:
        return h.personId;
    case CaseIdRole:
        return h.caseId;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return h.child ? tr("%1 (child)").arg(h.name) : h.name;
        case SexColumn:
            return sexCodes().label(h.sex);
        case AgeColumn:
            return h.age;
        case NationalityColumn:
            return h.nationalities;
        case SiteColumn:
            return h.site;
        case PlaceColumn:
            return h.place;
        case CaseColumn:
            return h.caseNumber;
        case SoughtColumn:
            return h.openRequests > 0 ? tr("yes (%1)").arg(h.openRequests) : QString();
        case LikenessColumn:
            return QStringLiteral("%1%").arg(qRound(h.score * 100));
        case StatusColumn:
            return m_statuses.isEmpty() ? QVariant() : matchStatusCodes().label(status);
        case ReasonsColumn:
            return h.reasons;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && h.child)
            return tr("An unaccompanied or separated child: legal staff review any match "
                      "before anyone is contacted.");
        // Any column too narrow for its text shows it whole on hovering.
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (h.child && index.column() == NameColumn)
            return QBrush(QColor(0x8a, 0x00, 0x15));
        if (!m_statuses.isEmpty() && status == MatchStatus::Rejected)
            return QBrush(QColor(0x88, 0x88, 0x88));
        return {};
    case Qt::FontRole:
        if (!m_statuses.isEmpty() && status == MatchStatus::Confirmed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReunificationHitsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case SexColumn:
        return tr("Sex");
    case AgeColumn:
        return tr("Age");
    case NationalityColumn:
        return tr("Nationality");
    case SiteColumn:
        return tr("Registered at");
    case PlaceColumn:
        return tr("Now in");
    case CaseColumn:
        return tr("Case");
    case SoughtColumn:
        return tr("Being sought");
    case LikenessColumn:
        return tr("Likeness");
    case StatusColumn:
        return tr("Decision");
    case ReasonsColumn:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}
