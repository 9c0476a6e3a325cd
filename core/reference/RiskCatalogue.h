#pragma once

#include "core/common/Result.h"
#include "core/reference/LocalizedText.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

struct RiskIndicator
{
    QString code;         // "children.unaccompanied"
    QString categoryCode; // "children"
    LocalizedText label;
    QString specificNeed; // the UNHCR specific-needs code it implies, if any ("SC-UC")
    QString suggestedBy;  // the rule that suggests it from recorded data, if any
};

struct RiskCategory
{
    QString code;
    LocalizedText label;
    QList<RiskIndicator> indicators;
    bool addition = false; // Amparo's, not one of the HRIT's own categories
};

// A category of an earlier catalogue that a later one replaced: the levels recorded under it
// are kept and shown with this label.
struct ReplacedRiskCategory
{
    QString code;
    LocalizedText label;
    QString replacedBy;
};

struct RiskLevelDefinition
{
    LocalizedText label;       // "Alto"
    LocalizedText description; // the tool's definition, word for word in Spanish
    int followUpDays = 0;      // a follow-up is due this many days after the screening; 0: none
    int noticeDays = 0;        // and is flagged from this many days; 0: as any deadline
};

// A point of the checklist an interview starts from ("the confidential nature of the
// interview was explained").
struct ScreeningChecklistItem
{
    QString code;
    LocalizedText label;
    bool addition = false;
};

struct SpecificNeedCode
{
    QString code;         // "SC-UC"
    QString categoryCode; // "SC"
    LocalizedText label;
};

struct SpecificNeedCategory
{
    QString code;
    LocalizedText label;
    QList<SpecificNeedCode> subcodes;
};

struct RiskActionType
{
    QString code;
    LocalizedText label;
};

// The heightened-risk screening catalogue: the HRIT's categories (and Amparo's additions) with
// their indicators, its levels and opening checklist, UNHCR specific-needs codes and the
// referral areas, read from a versioned data file
// (resources/reference/hrit-catalogue.json). Adding an indicator is a change of that file.
class RiskCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(RiskCatalogue)

public:
    static constexpr int SupportedFormat = 1;

    // Checks everything: a broken or incomplete file is refused with what is wrong in it.
    static Result<RiskCatalogue> fromJson(const QByteArray& json);
    static Result<RiskCatalogue> load(const QString& path);

    // The catalogue in use: the shipped one, or one installed at start.
    static const RiskCatalogue& current();
    // Uses the catalogue at `path` from now on, if it is sound; otherwise keeps the one in
    // use and says why.
    static Status installFrom(const QString& path);
    // Where an organisation may put its own catalogue to replace the shipped one.
    static QString overridePath();

    QString version() const { return m_version; }
    const QList<RiskCategory>& categories() const { return m_categories; }
    const RiskCategory* category(const QString& code) const;
    const ReplacedRiskCategory* replacedCategory(const QString& code) const;
    const QList<ScreeningChecklistItem>& openingChecklist() const { return m_checklist; }
    const ScreeningChecklistItem* checklistItem(const QString& code) const;
    const RiskIndicator* indicator(const QString& code) const;
    const QList<SpecificNeedCategory>& specificNeeds() const { return m_needs; }
    const SpecificNeedCode* specificNeed(const QString& code) const;
    const QList<RiskActionType>& actions() const { return m_actions; }
    const RiskActionType* action(const QString& code) const;
    QString levelLabel(int level) const;
    QString levelDescription(int level) const;
    // Days from a screening to the follow-up its overall level asks for, and from which it
    // is flagged; 0 when none.
    int followUpDays(int level) const;
    int noticeDays(int level) const;

private:
    QString m_version;
    QHash<int, RiskLevelDefinition> m_levels;
    QList<RiskCategory> m_categories;
    QList<ReplacedRiskCategory> m_replaced;
    QList<ScreeningChecklistItem> m_checklist;
    QList<SpecificNeedCategory> m_needs;
    QList<RiskActionType> m_actions;
    QHash<QString, std::pair<int, int>> m_indicatorIndex; // code -> (category, indicator)
};
