#pragma once

#include "core/domain/MergeRecord.h"
#include "core/domain/Relationship.h"

#include <QList>
#include <QSet>
#include <QString>

// One line of a side-by-side comparison: a field and what each record holds.
struct MergeField
{
    QString key;   // "given_names", "birth", "caseworker"…
    QString label; // translated
    QString keptValue;
    QString removedValue;
    bool differs() const { return keptValue != removedValue; }
};

// Two records side by side before a merge: which fields differ, and what joins whatever is
// chosen (documents, nationalities, members…).
struct MergePreview
{
    MergeKind kind = MergeKind::Person;
    qint64 keptId = 0;
    qint64 removedId = 0;
    QString keptLabel;
    QString removedLabel;
    QList<MergeField> fields;
    QStringList joined; // "2 documents", "the family group of CUC-2026-00007 (3 persons)"…
    // For cases: the two principals may be one person registered twice.
    QList<MergeField> principalFields;
    bool principalsAlike = false;
};

// What the person merging chose.
struct MergePlan
{
    MergeKind kind = MergeKind::Person;
    qint64 keptId = 0;    // the person or case that stays
    qint64 removedId = 0; // the one that goes into it
    // Fields whose value is taken from the removed record (MergeField::key); the others keep
    // the kept record's.
    QSet<QString> takeFromRemoved;
    // Cases: whether the removed case's principal is the kept case's principal registered
    // twice (merged too, with principalTakeFromRemoved), or someone else who joins the
    // family group as `removedPrincipalJoinsAs`.
    bool mergePrincipals = false;
    QSet<QString> principalTakeFromRemoved;
    Relationship removedPrincipalJoinsAs = Relationship::OtherRelative;
};
