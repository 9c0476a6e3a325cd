#pragma once

#include <QString>

// A registered person as a list of possible duplicates shows them: who, born when (as the
// reader's role may see it), and a case of theirs (none: known only to a tracing request).
struct RegisteredPerson
{
    qint64 personId = 0;
    qint64 caseId = 0;
    QString caseNumber;
    QString name;
    QString born;
};
