#include "core/reference/ProcedureCatalogue.h"

#include "core/reference/ReferenceFile.h"

#include "core/reference/CountryCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {
Error broken(const QString& what)
{
    return Error(Error::Code::Refused,
                 ProcedureCatalogue::tr("The procedure types file cannot be used: %1").arg(what));
}

const QStringList outcomes{QString(),
                           QStringLiteral("recognized"),
                           QStringLiteral("rejected"),
                           QStringLiteral("granted"),
                           QStringLiteral("withdrawn"),
                           QStringLiteral("abandoned")};
} // namespace

QDate DocumentRule::expiryFrom(QDate issued) const
{
    if (validUntil.isValid())
        return validUntil;
    return validityMonths > 0 ? issued.addMonths(validityMonths) : QDate();
}

bool ProcedureEventType::allowsFutureDate() const
{
    return std::any_of(deadlines.begin(), deadlines.end(),
                       [](const DeadlineRule& d) { return d.onEventDate; });
}

const ProcedureEventType* ProcedureType::event(const QString& code) const
{
    for (const ProcedureEventType& e : events) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

const ProcedureStage* ProcedureType::stage(const QString& code) const
{
    for (const ProcedureStage& s : stages) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

Result<ProcedureCatalogue> ProcedureCatalogue::fromJson(const QByteArray& json)
{
    Result<QJsonObject> parsed = ReferenceFile::root(json, SupportedFormat);
    if (!parsed)
        return broken(parsed.error().message());
    const QJsonObject& root = *parsed;
    ProcedureCatalogue c;
    c.m_version = root.value(QStringLiteral("version")).toString();
    if (c.m_version.trimmed().isEmpty())
        return broken(tr("it has no \"version\"."));

    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const auto label = [](const QJsonObject& o, const char* key) {
        return LocalizedText::fromJson(o.value(QLatin1String(key)));
    };
    for (const QJsonValue& tv : root.value(QStringLiteral("procedureTypes")).toArray()) {
        const QJsonObject to = tv.toObject();
        ProcedureType t;
        t.code = to.value(QStringLiteral("code")).toString();
        const auto name = label(to, "name");
        if (!codePattern.match(t.code).hasMatch() || !name || c.type(t.code))
            return broken(
                tr("the procedure type “%1” has a bad or repeated code or no English name.")
                    .arg(t.code));
        t.name = *name;
        t.country = to.value(QStringLiteral("country")).toString();
        if (!t.country.isEmpty() && !CountryCatalog::instance().isCountry(t.country))
            return broken(tr("the procedure type “%1” names the unknown country “%2”.")
                              .arg(t.code, t.country));
        t.kind = to.value(QStringLiteral("kind")).toString();
        t.authority = to.value(QStringLiteral("authority")).toString();
        t.customStages = to.value(QStringLiteral("customStages")).toBool();
        t.source = to.value(QStringLiteral("source")).toString();
        for (const QJsonValue& sv : to.value(QStringLiteral("stages")).toArray()) {
            ProcedureStage s;
            s.code = sv.toObject().value(QStringLiteral("code")).toString();
            const auto stageLabel = label(sv.toObject(), "label");
            if (!codePattern.match(s.code).hasMatch() || !stageLabel || t.stage(s.code))
                return broken(tr("a stage of “%1” has a bad or repeated code or no English label.")
                                  .arg(t.code));
            s.label = *stageLabel;
            t.stages.append(s);
        }
        if (t.stages.isEmpty() && !t.customStages)
            return broken(tr("the procedure type “%1” has no stages.").arg(t.code));
        for (const QJsonValue& ev : to.value(QStringLiteral("events")).toArray()) {
            const QJsonObject eo = ev.toObject();
            ProcedureEventType e;
            e.code = eo.value(QStringLiteral("code")).toString();
            const auto eventLabel = label(eo, "label");
            if (!codePattern.match(e.code).hasMatch() || !eventLabel || t.event(e.code))
                return broken(tr("an event of “%1” has a bad or repeated code or no English label.")
                                  .arg(t.code));
            e.label = *eventLabel;
            e.toStage = eo.value(QStringLiteral("toStage")).toString();
            if (!e.toStage.isEmpty() && !t.stage(e.toStage))
                return broken(tr("the event “%1” of “%2” moves to the unknown stage “%3”.")
                                  .arg(e.code, t.code, e.toStage));
            e.setsOutcome = eo.contains(QStringLiteral("outcome"));
            e.outcome = eo.value(QStringLiteral("outcome")).toString();
            if (!outcomes.contains(e.outcome))
                return broken(tr("the event “%1” of “%2” has the unknown outcome “%3”.")
                                  .arg(e.code, t.code, e.outcome));
            if (eo.contains(QStringLiteral("document"))) {
                const QJsonObject d = eo.value(QStringLiteral("document")).toObject();
                const auto documentLabel = label(d, "label");
                e.document.validityMonths = d.value(QStringLiteral("validityMonths")).toInt();
                e.document.validUntil = QDate::fromString(
                    d.value(QStringLiteral("validUntil")).toString(), Qt::ISODate);
                if (!documentLabel ||
                    (e.document.validityMonths <= 0 && !e.document.validUntil.isValid()))
                    return broken(
                        tr("the document of event “%1” of “%2” needs a label and a validity.")
                            .arg(e.code, t.code));
                e.document.label = *documentLabel;
                if (d.contains(QStringLiteral("renewBy"))) {
                    const QJsonObject r = d.value(QStringLiteral("renewBy")).toObject();
                    const auto renewLabel = label(r, "label");
                    e.document.renewDaysBefore = r.value(QStringLiteral("daysBefore")).toInt(-1);
                    if (!renewLabel || e.document.renewDaysBefore < 0)
                        return broken(tr("the renewal of event “%1” of “%2” needs a label and a "
                                         "number of days.")
                                          .arg(e.code, t.code));
                    e.document.renewLabel = *renewLabel;
                    e.document.hasRenewal = true;
                }
                e.yieldsDocument = true;
            }
            for (const QJsonValue& dv : eo.value(QStringLiteral("deadlines")).toArray()) {
                const QJsonObject d = dv.toObject();
                DeadlineRule r;
                r.code = d.value(QStringLiteral("code")).toString();
                const auto deadlineLabel = label(d, "label");
                r.days = d.value(QStringLiteral("days")).toInt(-1);
                const QString dayKind = d.value(QStringLiteral("dayKind")).toString();
                r.workingDays = dayKind == QLatin1String("working");
                r.onEventDate = d.value(QStringLiteral("onEventDate")).toBool();
                if (!deadlineLabel || r.days < 0 || r.days > 3650 ||
                    (dayKind != QLatin1String("working") && dayKind != QLatin1String("calendar")))
                    return broken(
                        tr("a deadline of event “%1” of “%2” needs a label, 0 to 3650 days and "
                           "\"working\" or \"calendar\" days.")
                            .arg(e.code, t.code));
                r.label = *deadlineLabel;
                e.deadlines.append(r);
            }
            t.events.append(e);
        }
        if (t.events.isEmpty())
            return broken(tr("the procedure type “%1” has no events.").arg(t.code));
        c.m_types.append(t);
    }
    if (c.m_types.isEmpty())
        return broken(tr("it has no procedure types."));
    return c;
}

Result<ProcedureCatalogue> ProcedureCatalogue::load(const QString& path)
{
    Result<QByteArray> bytes = ReferenceFile::read(path, 8 * 1024 * 1024);
    if (!bytes)
        return broken(bytes.error().message());
    return fromJson(*bytes);
}

const ProcedureCatalogue& ProcedureCatalogue::current()
{
    return ReferenceFile::Installed<ProcedureCatalogue>::current(
        QStringLiteral(":/reference/procedure-types.json"));
}

Status ProcedureCatalogue::installFrom(const QString& path)
{
    return ReferenceFile::Installed<ProcedureCatalogue>::installFrom(path);
}

QString ProcedureCatalogue::overridePath()
{
    return ReferenceFile::overridePath(QStringLiteral("procedure-types.json"));
}

const ProcedureType* ProcedureCatalogue::type(const QString& code) const
{
    for (const ProcedureType& t : m_types) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

QString ProcedureCatalogue::outcomeLabel(const QString& outcome)
{
    if (outcome == QLatin1String("recognized"))
        return tr("Recognized");
    if (outcome == QLatin1String("rejected"))
        return tr("Rejected");
    if (outcome == QLatin1String("granted"))
        return tr("Granted");
    if (outcome == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (outcome == QLatin1String("abandoned"))
        return tr("Abandoned");
    return tr("Pending");
}
