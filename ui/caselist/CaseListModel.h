#pragma once

#include "core/services/CaseListService.h"
#include "core/services/SimilarCaseSearch.h"
#include "ui/common/PageCache.h"

#include <QAbstractTableModel>

class Database;

// The case list for a view, loaded a page at a time as the view scrolls: only the rows on
// screen are ever read, so the list stays smooth with hundreds of thousands of cases.
// Sorting and filtering are done by the database. A search that finds few cases by the name
// typed also lists, after them, those of similar names.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        PrincipalColumn,
        MembersColumn,
        NationalityColumn,
        StatusColumn,
        RegisteredColumn,
        SiteColumn,
        RiskColumn,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        // Whether the row was found by a similar name rather than the name typed.
        SimilarRole
    };
    // A screenful and a little more per read: jumping anywhere reads only the rows shown (in
    // an encrypted file every page read is decrypted), and 5,000 rows stay cached.
    static constexpr int PageSize = 50;
    static constexpr int CachedPages = 100;

    CaseListModel(const Database& db, const UserSession& session, QObject* parent = nullptr);

    void setFilter(const CaseListFilter& filter);
    const CaseListFilter& filter() const { return m_filter; }
    // Reads the list again (after a case was saved elsewhere).
    void refresh();
    qint64 caseIdAt(int row) const;
    QString lastError() const { return m_lastError; }
    // Rows found by a name that sounds or is spelled like the one searched for, after those
    // found by the name itself (SimilarCaseSearch).
    int similarCount() const { return int(m_similar.size()); }
    // The name searched for finds more persons than the list shows (the most recently
    // registered are listed): typing more of it narrows the list.
    bool moreMatches() const { return m_more; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // "High · Women and girls at risk · 2 pending", or "Speak to staff" for those who may
    // see only that a case needs attention.
    static QString riskText(const CaseListRow& row);
    // "Joselyn Pérez — similar name: given name spelt differently, family name equal".
    static QString similarText(const SimilarCaseRow& similar);

signals:
    // The list, or a page of it scrolled to, could not be read: what to tell the person.
    void loadFailed(const QString& message);

private:
    const CaseListRow* row(int index) const;
    const SimilarCaseRow* similarAt(int index) const;

    CaseListService m_service;
    SimilarCaseSearch m_similarSearch;
    QList<SimilarCaseRow> m_similar;
    int m_exactCount = 0;
    bool m_more = false;
    CaseListFilter m_filter;
    CaseListSort m_sort = CaseListSort::CaseNumber;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_rowCount = 0;
    mutable PageCache<CaseListRow> m_pages;
    mutable QString m_lastError;
};
