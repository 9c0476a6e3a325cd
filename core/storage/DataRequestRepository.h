#pragma once

#include "core/common/Result.h"
#include "core/domain/DataRequest.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The register of requests people make about their data.
class DataRequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(DataRequestRepository)

public:
    explicit DataRequestRepository(const Database& db);

    Result<qint64> insert(const DataRequest& request);
    // Records the decision on an open request.
    Status decide(const DataRequest& request);
    Result<DataRequest> find(qint64 id) const;
    // Newest first, at most `limit`.
    Result<QList<DataRequest>> latest(int limit) const;
    // The requests of one person, oldest first.
    Result<QList<DataRequest>> forPerson(const QByteArray& personUid) const;
    // What a person said in their requests goes with them when they are erased; the
    // register keeps the kind, the dates and the decision.
    Status forgetWordsOf(const QByteArray& personUid);

private:
    const Database& m_db;
};
