#pragma once

#include "core/common/EnumTable.h"

#include <QDateTime>
#include <QString>

// What a merge made one: two records of one person, or two cases of one family.
enum class MergeKind
{
    Person,
    Case
};

// A merge can be undone until someone closes its review.
enum class MergeState
{
    Open,
    Closed,
    Undone
};

const EnumTable<MergeKind>& mergeKindCodes();
const EnumTable<MergeState>& mergeStateCodes();

// A merge as kept for its review.
struct MergeRecord
{
    qint64 id = 0;
    MergeKind kind = MergeKind::Person;
    qint64 keptId = 0;
    qint64 removedId = 0;
    QString keptLabel;    // "Joselyn Pérez (CUC-2026-00001)", or a case number
    QString removedLabel; // the record that is gone, as it was called
    QString mergedBy;
    QDateTime mergedAt;
    MergeState state = MergeState::Open;
    QString decidedBy; // who closed the review or undid the merge
    QDateTime decidedAt;
};
