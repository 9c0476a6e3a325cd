#pragma once

#include "core/services/AuditService.h"
#include "ui/common/PageCache.h"

#include <QAbstractTableModel>

// The audit trail, newest first, read a page at a time.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        AtColumn,
        UserColumn,
        ActionColumn,
        RecordColumn,
        DetailsColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    AuditTrailModel(const Database& db, const Clock& clock, const UserSession& session,
                    QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void refresh();
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    AuditService m_service;
    AuditFilter m_filter;
    int m_rowCount = 0;
    mutable PageCache<AuditEntry> m_pages;
    mutable QString m_lastError;
};
