#pragma once

#include "core/domain/TracingStatus.h"
#include "core/services/ReunificationSearch.h"

#include <QAbstractTableModel>

// Possible persons for a tracing search or request, with only what reunification needs and
// why each is proposed; for a request's proposals, also what was decided.
class ReunificationHitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SexColumn,
        AgeColumn,
        NationalityColumn,
        SiteColumn,
        PlaceColumn,
        CaseColumn,
        SoughtColumn,
        LikenessColumn,
        StatusColumn,
        ReasonsColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        CaseIdRole
    };

    explicit ReunificationHitsModel(QObject* parent = nullptr);

    // `statuses`: empty for a search; for proposals, one per hit.
    void setHits(const QList<ReunificationHit>& hits, const QList<MatchStatus>& statuses = {});
    const QList<ReunificationHit>& hits() const { return m_hits; }
    bool showsStatus() const { return !m_statuses.isEmpty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ReunificationHit> m_hits;
    QList<MatchStatus> m_statuses;
};
