#pragma once

#include "core/domain/Relationship.h"

#include <QDateTime>
#include <QString>

// Two persons known to be family, possibly registered in different cases: what the relative
// is to the person, and whether the link is confirmed or only declared.
struct FamilyLink
{
    enum class Source
    {
        Declared, // someone said so
        Match     // a reviewed tracing match
    };

    qint64 id = 0;
    qint64 personId = 0;
    qint64 relativeId = 0;
    Relationship relationship = Relationship::OtherRelative;
    bool confirmed = false;
    Source source = Source::Declared;
    QString note;
    QDateTime createdAt;
    QString createdBy;
};
