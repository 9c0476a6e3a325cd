#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class RiskCatalogue;
struct CaseRecord;

// An indicator that the recorded data points to; the assessor confirms or dismisses it,
// it is never set without them.
struct RiskSuggestion
{
    QString indicatorCode;
    QString reason; // what in the data points to it
};

// Suggests indicators from what is already recorded about a family group: an
// unaccompanied or separated child, an older person alone, no identity document, a child
// born abroad without birth registration (risk of statelessness). The catalogue says which
// indicator each rule suggests.
class RiskSuggester
{
    Q_DECLARE_TR_FUNCTIONS(RiskSuggester)

public:
    static QStringList ruleNames();
    static QList<RiskSuggestion> suggest(const CaseRecord& record, int memberIndex, QDate today,
                                         const RiskCatalogue& catalogue);
    // The reason a rule fires for a member, or an empty string when it does not.
    static QString evaluate(const QString& rule, const CaseRecord& record, int memberIndex,
                            QDate today);
};
