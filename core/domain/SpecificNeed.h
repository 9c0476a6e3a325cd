#pragma once

#include <QDate>
#include <QString>

// A UNHCR specific-needs code on a person, with who attached it and when (and, once
// removed, who removed it and when: the history stays).
struct SpecificNeed
{
    qint64 id = 0;
    qint64 personId = 0;
    QString code;
    QDate attachedOn;
    QString attachedBy;
    qint64 screeningId = 0; // the screening that attached it, or 0 when attached by hand
    QDate removedOn;
    QString removedBy;

    bool isActive() const { return !removedOn.isValid(); }
};
