#include "core/import/ConvertedRowStream.h"

#include "core/import/TabularSource.h"

ConvertedRowStream::ConvertedRowStream(TabularSource& source, const RowConverter& converter,
                                       const Progress& progress, const QString& stoppedMessage)
    : m_source(source)
    , m_converter(converter)
    , m_report(progress)
    , m_stoppedMessage(stoppedMessage)
{
    m_thread = std::thread([this] { read(); });
}

ConvertedRowStream::~ConvertedRowStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ConvertedRowStream::read()
{
    QList<Item> batch;
    batch.reserve(BatchSize);
    auto deliver = [this](QList<Item>&& items, bool finished, const Error* error) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || int(m_batches.size()) < MaxBatches; });
        if (!items.isEmpty())
            m_batches.push_back(std::move(items));
        m_finished = finished;
        if (error) {
            m_failed = true;
            m_error = *error;
        }
        lock.unlock();
        m_changed.notify_all();
    };
    for (;;) {
        if (m_stop)
            return;
        Item item;
        Result<bool> got = m_source.next(item.source);
        if (!got) {
            deliver(std::move(batch), true, &got.error());
            return;
        }
        if (!*got) {
            m_progress = 1000;
            deliver(std::move(batch), true, nullptr);
            return;
        }
        item.issues = m_converter.convert(item.source, item.row);
        item.household = m_converter.householdOf(item.source);
        batch.append(std::move(item));
        if (batch.size() == BatchSize) {
            m_progress = m_source.progressPerMille();
            deliver(std::move(batch), false, nullptr);
            batch = QList<Item>();
            batch.reserve(BatchSize);
        }
    }
}

Result<bool> ConvertedRowStream::next(Item& item)
{
    if (++m_sinceReport == BatchSize) {
        m_sinceReport = 0;
        if (m_report && !m_report(m_progress.load()))
            return Error(Error::Code::Cancelled, m_stoppedMessage);
    }
    if (m_position >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty()) {
            if (m_failed)
                return m_error;
            return false;
        }
        m_current = std::move(m_batches.front());
        m_batches.pop_front();
        m_position = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    item = std::move(m_current[m_position++]);
    return true;
}
