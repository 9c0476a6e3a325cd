#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

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
    static QJsonObject caseJson(const CaseRecord& record, QDate today);
    static QString caseText(const CaseRecord& record, QDate today);
};
