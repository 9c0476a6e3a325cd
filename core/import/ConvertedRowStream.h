#pragma once

#include "core/common/Result.h"
#include "core/import/ImportedRow.h"
#include "core/import/RowConverter.h"
#include "core/import/SourceRow.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

class TabularSource;

// The rows of a file, read and converted on a second thread while the caller works with the
// database on its own: reading, decoding and checking a row costs about as much as looking
// it up or writing it, and a laptop has two cores. Rows come out in the file's order.
class ConvertedRowStream
{
public:
    struct Item
    {
        SourceRow source;
        ImportedRow row;
        QList<RowIssue> issues;
        QString household; // the folded household value, even when the row has problems
    };

    // Told how far reading is (0..1000) every few hundred rows; returning false stops it.
    using Progress = std::function<bool(int perMille)>;

    // Starts reading from the first row after the header (the caller rewinds the source).
    // The source and converter must outlive the stream and not be used meanwhile. When
    // `progress` stops it, next() fails with `stoppedMessage`.
    ConvertedRowStream(TabularSource& source, const RowConverter& converter,
                       const Progress& progress, const QString& stoppedMessage);
    ~ConvertedRowStream();
    ConvertedRowStream(const ConvertedRowStream&) = delete;
    ConvertedRowStream& operator=(const ConvertedRowStream&) = delete;

    // The next row; false at the end of the file.
    Result<bool> next(Item& item);

private:
    static constexpr int BatchSize = 256;
    static constexpr int MaxBatches = 16;

    void read();

    TabularSource& m_source;
    const RowConverter& m_converter;
    Progress m_report;
    QString m_stoppedMessage;
    int m_sinceReport = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Item>> m_batches;
    bool m_finished = false;
    bool m_failed = false;
    Error m_error;
    std::atomic_bool m_stop{false};
    std::atomic_int m_progress{0};
    QList<Item> m_current;
    qsizetype m_position = 0;
    std::thread m_thread;
};
