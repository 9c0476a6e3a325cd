#pragma once

#include <QDateTime>
#include <QString>

// One version of the organisation's code of conduct, as an administrator wrote it.
struct ConductCode
{
    int version = 0;
    QString body;
    QString writtenBy;
    QDateTime writtenAt;

    bool operator==(const ConductCode&) const = default;
};
