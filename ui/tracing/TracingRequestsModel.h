#pragma once

#include "core/domain/TracingRequest.h"

#include <QAbstractTableModel>
#include <QHash>

// Tracing requests in a table: reference, date, who is sought and by whom, status, and how
// many possible matches wait for review.
class TracingRequestsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        RequestedColumn,
        SoughtColumn,
        InquirerColumn,
        StatusColumn,
        PendingColumn,
        ColumnCount
    };
    static constexpr int RequestIdRole = Qt::UserRole + 1;

    explicit TracingRequestsModel(QObject* parent = nullptr);

    void setRequests(const QList<TracingRequest>& requests, const QHash<qint64, int>& pending);
    const QList<TracingRequest>& requests() const { return m_requests; }
    int rowOf(qint64 requestId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TracingRequest> m_requests;
    QHash<qint64, int> m_pending;
};
