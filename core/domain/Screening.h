#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// How high a risk is; None when a category was not found at risk.
enum class RiskLevel
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3
};

enum class ActionStatus
{
    Pending,
    Done,
    NotPossible
};

struct ScreeningAction
{
    qint64 id = 0;
    QString actionCode;
    QString note;
    ActionStatus status = ActionStatus::Pending;
    QString statusReason; // why it was not possible
    QDateTime statusChangedAt;

    bool operator==(const ScreeningAction&) const = default;
};

// One heightened-risk screening of one person, as the HRIT runs it: the opening checklist,
// the indicators found, the decision on each suggestion Amparo made from the data, a level per
// category, observations, the referral areas by priority (first: most pressing) and the
// overall rating.
struct Screening
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
    QDate screenedOn;
    qint64 assessorUserId = 0;
    QString assessorName;
    QString catalogueVersion;
    QString observations;
    QSet<QString> indicators;
    QHash<QString, bool> suggestionDecisions; // indicator code -> confirmed (true) or dismissed
    QHash<QString, RiskLevel> levels;         // category code -> level (absent: not at risk)
    QList<ScreeningAction> actions;           // by priority
    QSet<QString> checklist;                  // the opening checklist's points done
    RiskLevel overallLevel = RiskLevel::None;
    // Levels recorded under categories a later catalogue replaced (read only).
    QHash<QString, RiskLevel> replacedLevels;

    // The highest of the category levels and the overall rating.
    RiskLevel highestLevel() const;
    bool operator==(const Screening&) const = default;
};
