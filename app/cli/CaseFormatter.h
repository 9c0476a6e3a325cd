#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include "core/domain/Screening.h"
#include "core/security/CaseRedactor.h"

#include <QHash>

struct CaseListRow;
struct CaseRecord;

// How amparo-cli prints cases: JSON for scripts, plain text for people.
class CaseFormatter
{
    Q_DECLARE_TR_FUNCTIONS(CaseFormatter)

public:
    static QJsonObject listRowJson(const CaseListRow& row);
    // One tab-separated line: number, principal, members, nationalities, status, date, site.
    static QString listRowText(const CaseListRow& row);
    // `withheld`: what the reader's role may not see, said instead of "not recorded".
    static QJsonObject caseJson(const CaseRecord& record, QDate today,
                                const CaseRedactor::Withheld& withheld);
    static QString caseText(const CaseRecord& record, QDate today,
                            const CaseRedactor::Withheld& withheld);
    // The risk part: each screened member's newest levels, or only "needs attention".
    static QString riskText(const CaseRecord& record, const QHash<qint64, Screening>& current);
    static QJsonObject riskJson(const CaseRecord& record, const QHash<qint64, Screening>& current);
};
