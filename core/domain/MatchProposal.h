#pragma once

#include "core/domain/TracingStatus.h"

#include <QDateTime>
#include <QString>

// A registered person who may be the one a tracing request seeks, with how alike they are
// and why. A person decides; nothing is linked on its own.
struct MatchProposal
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 personId = 0;
    double score = 0;
    QString reasons;
    // An unaccompanied or separated child: legal staff review it before anyone is contacted.
    bool child = false;
    MatchStatus status = MatchStatus::Pending;
    QDateTime proposedAt;
    QDateTime reviewedAt;
    QString reviewedBy;
    QString reviewNote;
};
