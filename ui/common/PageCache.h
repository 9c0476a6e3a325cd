#pragma once

#include "core/common/Result.h"

#include <QCache>
#include <QList>

#include <functional>

// Rows of a long list read a page at a time, on demand, keeping the most recent pages.
// Models over big tables use it so that only what is on screen is ever read.
template <typename Row>
class PageCache
{
public:
    using Fetch = std::function<Result<QList<Row>>(int offset, int limit)>;

    PageCache(int pageSize, int pages)
        : m_pageSize(pageSize)
        , m_pages(pages)
    {
    }

    void clear() { m_pages.clear(); }
    // Keeps a page read by other means (with the count, in one query).
    void insert(int page, QList<Row> rows)
    {
        m_pages.insert(page, new QList<Row>(std::move(rows)));
    }

    // The row at `index`, fetching its page if needed; null (with `error` set) on failure.
    const Row* row(int index, const Fetch& fetch, QString& error)
    {
        const int page = index / m_pageSize;
        if (!m_pages.contains(page)) {
            Result<QList<Row>> rows = fetch(page * m_pageSize, m_pageSize);
            if (!rows) {
                error = rows.error().message();
                return nullptr;
            }
            m_pages.insert(page, new QList<Row>(std::move(rows).value()));
        }
        const QList<Row>* rows = m_pages.object(page);
        const int offset = index % m_pageSize;
        return offset < rows->size() ? &rows->at(offset) : nullptr;
    }

private:
    int m_pageSize;
    QCache<int, QList<Row>> m_pages;
};
