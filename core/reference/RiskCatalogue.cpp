#include "core/reference/RiskCatalogue.h"

#include "core/reference/ReferenceFile.h"

#include "core/risk/RiskSuggester.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {
Error broken(const QString& what)
{
    return Error(Error::Code::Refused,
                 RiskCatalogue::tr("The risk screening catalogue cannot be used: %1").arg(what));
}
} // namespace

Result<RiskCatalogue> RiskCatalogue::fromJson(const QByteArray& json)
{
    Result<QJsonObject> parsed = ReferenceFile::root(json, SupportedFormat);
    if (!parsed)
        return broken(parsed.error().message());
    const QJsonObject& root = *parsed;

    RiskCatalogue c;
    c.m_version = root.value(QStringLiteral("version")).toString();
    if (c.m_version.trimmed().isEmpty())
        return broken(tr("it has no \"version\"."));

    for (const QJsonValue& v : root.value(QStringLiteral("riskLevels")).toArray()) {
        const QJsonObject o = v.toObject();
        const int level = o.value(QStringLiteral("level")).toInt();
        const auto label = LocalizedText::fromJson(o.value(QStringLiteral("label")));
        if (level < 1 || level > 3 || !label)
            return broken(tr("a risk level is not 1, 2 or 3 with a label in English."));
        RiskLevelDefinition definition;
        definition.label = *label;
        if (o.contains(QStringLiteral("description"))) {
            const auto description =
                LocalizedText::fromJson(o.value(QStringLiteral("description")));
            if (!description)
                return broken(
                    tr("the description of risk level %1 has no English text.").arg(level));
            definition.description = *description;
        }
        definition.followUpDays = o.value(QStringLiteral("followUpDays")).toInt(0);
        definition.noticeDays = o.value(QStringLiteral("noticeDays")).toInt(0);
        if (definition.followUpDays < 0 || definition.followUpDays > 366 ||
            definition.noticeDays < 0 ||
            (definition.noticeDays > 0 && definition.noticeDays >= definition.followUpDays))
            return broken(tr("the follow-up of risk level %1 must be due within a year, and "
                             "flagged before it is due.")
                              .arg(level));
        c.m_levels.insert(level, definition);
    }
    if (c.m_levels.size() != 3)
        return broken(tr("it must name the three risk levels (low, medium, high)."));

    static const QRegularExpression codePattern(QStringLiteral("^[A-Z]{2}(-[A-Z]{2})?$"));
    QSet<QString> needCodes;
    for (const QJsonValue& v : root.value(QStringLiteral("specificNeeds")).toArray()) {
        const QJsonObject o = v.toObject();
        SpecificNeedCategory category;
        category.code = o.value(QStringLiteral("code")).toString();
        const auto label = LocalizedText::fromJson(o.value(QStringLiteral("label")));
        if (!codePattern.match(category.code).hasMatch() || !label ||
            needCodes.contains(category.code))
            return broken(tr("the specific-needs category “%1” has a bad or repeated code or no "
                             "English label.")
                              .arg(category.code));
        category.label = *label;
        needCodes.insert(category.code);
        for (const QJsonValue& s : o.value(QStringLiteral("subcodes")).toArray()) {
            SpecificNeedCode sub;
            sub.code = s.toObject().value(QStringLiteral("code")).toString();
            sub.categoryCode = category.code;
            const auto subLabel =
                LocalizedText::fromJson(s.toObject().value(QStringLiteral("label")));
            if (!codePattern.match(sub.code).hasMatch() ||
                !sub.code.startsWith(category.code + QLatin1Char('-')) || !subLabel ||
                needCodes.contains(sub.code))
                return broken(
                    tr("the specific-needs code “%1” is bad, repeated, outside its category "
                       "or has no English label.")
                        .arg(sub.code));
            sub.label = *subLabel;
            needCodes.insert(sub.code);
            category.subcodes.append(sub);
        }
        c.m_needs.append(category);
    }
    if (c.m_needs.isEmpty())
        return broken(tr("it has no specific-needs codes."));

    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const QStringList rules = RiskSuggester::ruleNames();
    QSet<QString> indicatorCodes;
    const QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    if (categories.isEmpty())
        return broken(tr("it has no risk categories."));
    for (const QJsonValue& v : categories) {
        const QJsonObject o = v.toObject();
        RiskCategory category;
        category.code = o.value(QStringLiteral("code")).toString();
        const auto label = LocalizedText::fromJson(o.value(QStringLiteral("label")));
        if (!namePattern.match(category.code).hasMatch() || !label || c.category(category.code))
            return broken(tr("the category “%1” has a bad or repeated code or no English label.")
                              .arg(category.code));
        category.label = *label;
        category.addition = o.value(QStringLiteral("addition")).toBool();
        const QJsonArray indicators = o.value(QStringLiteral("indicators")).toArray();
        if (indicators.isEmpty())
            return broken(tr("the category “%1” has no indicators.").arg(category.code));
        for (const QJsonValue& iv : indicators) {
            const QJsonObject io = iv.toObject();
            RiskIndicator indicator;
            indicator.code = io.value(QStringLiteral("code")).toString();
            indicator.categoryCode = category.code;
            const auto indicatorLabel = LocalizedText::fromJson(io.value(QStringLiteral("label")));
            if (!indicator.code.startsWith(category.code + QLatin1Char('.')) ||
                !namePattern.match(indicator.code.section(QLatin1Char('.'), 1)).hasMatch() ||
                !indicatorLabel || indicatorCodes.contains(indicator.code))
                return broken(
                    tr("the indicator “%1” has a bad or repeated code or no English label.")
                        .arg(indicator.code));
            indicator.label = *indicatorLabel;
            indicator.specificNeed = io.value(QStringLiteral("specificNeed")).toString();
            if (!indicator.specificNeed.isEmpty() && !needCodes.contains(indicator.specificNeed))
                return broken(
                    tr("the indicator “%1” refers to the unknown specific-needs code “%2”.")
                        .arg(indicator.code, indicator.specificNeed));
            indicator.suggestedBy = io.value(QStringLiteral("suggestedBy")).toString();
            if (!indicator.suggestedBy.isEmpty() && !rules.contains(indicator.suggestedBy))
                return broken(tr("the indicator “%1” is suggested by the unknown rule “%2”.")
                                  .arg(indicator.code, indicator.suggestedBy));
            indicatorCodes.insert(indicator.code);
            c.m_indicatorIndex.insert(
                indicator.code, {int(c.m_categories.size()), int(category.indicators.size())});
            category.indicators.append(indicator);
        }
        c.m_categories.append(category);
    }

    for (const QJsonValue& v : root.value(QStringLiteral("replacedCategories")).toArray()) {
        const QJsonObject o = v.toObject();
        ReplacedRiskCategory replaced;
        replaced.code = o.value(QStringLiteral("code")).toString();
        replaced.replacedBy = o.value(QStringLiteral("replacedBy")).toString();
        const auto label = LocalizedText::fromJson(o.value(QStringLiteral("label")));
        if (!namePattern.match(replaced.code).hasMatch() || !label || c.category(replaced.code) ||
            c.replacedCategory(replaced.code) || !c.category(replaced.replacedBy))
            return broken(tr("the replaced category “%1” has a bad or repeated code, no English "
                             "label or no category that replaces it.")
                              .arg(replaced.code));
        replaced.label = *label;
        c.m_replaced.append(replaced);
    }

    for (const QJsonValue& v : root.value(QStringLiteral("openingChecklist")).toArray()) {
        const QJsonObject o = v.toObject();
        ScreeningChecklistItem item;
        item.code = o.value(QStringLiteral("code")).toString();
        item.addition = o.value(QStringLiteral("addition")).toBool();
        const auto label = LocalizedText::fromJson(o.value(QStringLiteral("label")));
        if (!namePattern.match(item.code).hasMatch() || !label || c.checklistItem(item.code))
            return broken(tr("the checklist item “%1” has a bad or repeated code or no English "
                             "label.")
                              .arg(item.code));
        item.label = *label;
        c.m_checklist.append(item);
    }

    for (const QJsonValue& v : root.value(QStringLiteral("actions")).toArray()) {
        RiskActionType action;
        action.code = v.toObject().value(QStringLiteral("code")).toString();
        const auto label = LocalizedText::fromJson(v.toObject().value(QStringLiteral("label")));
        if (!namePattern.match(action.code).hasMatch() || !label || c.action(action.code))
            return broken(tr("the action “%1” has a bad or repeated code or no English label.")
                              .arg(action.code));
        action.label = *label;
        c.m_actions.append(action);
    }
    if (c.m_actions.isEmpty())
        return broken(tr("it has no recommended actions."));
    return c;
}

Result<RiskCatalogue> RiskCatalogue::load(const QString& path)
{
    Result<QByteArray> bytes = ReferenceFile::read(path, 8 * 1024 * 1024);
    if (!bytes)
        return broken(bytes.error().message());
    return fromJson(*bytes);
}

const RiskCatalogue& RiskCatalogue::current()
{
    return ReferenceFile::Installed<RiskCatalogue>::current(
        QStringLiteral(":/reference/hrit-catalogue.json"));
}

Status RiskCatalogue::installFrom(const QString& path)
{
    return ReferenceFile::Installed<RiskCatalogue>::installFrom(path);
}

QString RiskCatalogue::overridePath()
{
    return ReferenceFile::overridePath(QStringLiteral("hrit-catalogue.json"));
}

const RiskCategory* RiskCatalogue::category(const QString& code) const
{
    for (const RiskCategory& c : m_categories) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

const RiskIndicator* RiskCatalogue::indicator(const QString& code) const
{
    const auto it = m_indicatorIndex.constFind(code);
    if (it == m_indicatorIndex.constEnd())
        return nullptr;
    return &m_categories[it->first].indicators[it->second];
}

const SpecificNeedCode* RiskCatalogue::specificNeed(const QString& code) const
{
    for (const SpecificNeedCategory& c : m_needs) {
        for (const SpecificNeedCode& s : c.subcodes) {
            if (s.code == code)
                return &s;
        }
    }
    return nullptr;
}

const RiskActionType* RiskCatalogue::action(const QString& code) const
{
    for (const RiskActionType& a : m_actions) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

const ReplacedRiskCategory* RiskCatalogue::replacedCategory(const QString& code) const
{
    for (const ReplacedRiskCategory& c : m_replaced) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

const ScreeningChecklistItem* RiskCatalogue::checklistItem(const QString& code) const
{
    for (const ScreeningChecklistItem& i : m_checklist) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

QString RiskCatalogue::levelLabel(int level) const
{
    return m_levels.contains(level) ? m_levels.value(level).label.text() : QString();
}

QString RiskCatalogue::levelDescription(int level) const
{
    return m_levels.contains(level) ? m_levels.value(level).description.text() : QString();
}

int RiskCatalogue::followUpDays(int level) const
{
    return m_levels.value(level).followUpDays;
}

int RiskCatalogue::noticeDays(int level) const
{
    return m_levels.value(level).noticeDays;
}
