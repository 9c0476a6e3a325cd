#include "core/services/ProcedureRules.h"

#include "core/common/DateFormats.h"
#include "core/reference/CountryCatalog.h"
#include "core/reference/HolidayCalendar.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/services/DeadlineService.h"

#include <QSet>

QString ProcedureRules::typeName(const QString& typeCode)
{
    const ProcedureType* t = ProcedureCatalogue::current().type(typeCode);
    return t ? t->name.text() : typeCode;
}

QList<std::pair<QString, QString>> ProcedureRules::stages(const Procedure& p)
{
    QList<std::pair<QString, QString>> out;
    const ProcedureType* t = ProcedureCatalogue::current().type(p.typeCode);
    if (t && t->customStages) {
        for (const QString& s : p.customStages)
            out.append({s, s});
    } else if (t) {
        for (const ProcedureStage& s : t->stages)
            out.append({s.code, s.label.text()});
    }
    return out;
}

QString ProcedureRules::stageLabel(const Procedure& p, const QString& code)
{
    for (const auto& [c, label] : stages(p)) {
        if (c == code)
            return label;
    }
    return code;
}

QString ProcedureRules::eventLabel(const Procedure& p, const QString& code)
{
    const ProcedureType* t = ProcedureCatalogue::current().type(p.typeCode);
    const ProcedureEventType* e = t ? t->event(code) : nullptr;
    return e ? e->label.text() : code;
}

QList<FieldError> ProcedureRules::validate(const CaseRecord& record, const Procedure& p,
                                           QDate today)
{
    QList<FieldError> errors;
    const ProcedureType* type = ProcedureCatalogue::current().type(p.typeCode);
    if (!type) {
        errors.append({QStringLiteral("type"), tr("Choose the kind of procedure.")});
        return errors;
    }
    if (!CountryCatalog::instance().isCountry(p.country))
        errors.append({QStringLiteral("country"), tr("Choose the country of the procedure.")});
    else if (!type->country.isEmpty() && type->country != p.country)
        errors.append(
            {QStringLiteral("country"), tr("This procedure exists only in %1.")
                                            .arg(CountryCatalog::instance().name(type->country))});
    if (p.authority.size() > 200)
        errors.append(
            {QStringLiteral("authority"), tr("The authority can have at most 200 characters.")});
    if (p.fileNumber.size() > 100)
        errors.append(
            {QStringLiteral("fileNumber"), tr("The file number can have at most 100 characters.")});
    if (p.responsible.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("responsible"), tr("Say who is responsible for the procedure.")});
    else if (p.responsible.size() > 200)
        errors.append(
            {QStringLiteral("responsible"), tr("The name can have at most 200 characters.")});
    if (!p.openedOn.isValid())
        errors.append({QStringLiteral("openedOn"), tr("Enter the date the procedure started.")});
    else if (p.openedOn > today)
        errors.append(
            {QStringLiteral("openedOn"), tr("The procedure cannot start in the future.")});
    QSet<qint64> members;
    for (const CaseMember& m : record.members)
        members.insert(m.person.id);
    if (p.personIds.isEmpty())
        errors.append(
            {QStringLiteral("persons"), tr("Choose the members the procedure concerns.")});
    for (qint64 id : p.personIds) {
        if (!members.contains(id))
            errors.append(
                {QStringLiteral("persons"), tr("Someone chosen is not a member of this case.")});
    }
    if (type->customStages) {
        QStringList cleaned;
        for (const QString& s : p.customStages) {
            if (!s.trimmed().isEmpty())
                cleaned.append(s.trimmed());
        }
        if (cleaned.isEmpty())
            errors.append({QStringLiteral("customStages"),
                           tr("Name the stages of this procedure, one per line.")});
        else if (QSet<QString>(cleaned.begin(), cleaned.end()).size() != cleaned.size())
            errors.append(
                {QStringLiteral("customStages"), tr("Each stage needs a different name.")});
        else if (std::any_of(cleaned.begin(), cleaned.end(),
                             [](const QString& s) { return s.size() > 100; }))
            errors.append({QStringLiteral("customStages"),
                           tr("A stage name can have at most 100 characters.")});
    }
    return errors;
}

Result<ProcedureRules::EventEffects> ProcedureRules::plan(const Procedure& p,
                                                          const EventInput& input, QDate today)
{
    const ProcedureType* type = ProcedureCatalogue::current().type(p.typeCode);
    const ProcedureEventType* event = type ? type->event(input.eventCode) : nullptr;
    QList<FieldError> errors;
    if (!event)
        errors.append({QStringLiteral("event"), tr("Choose what happened from the list.")});
    if (!input.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the date of the event.")});
    else if (input.date < p.openedOn)
        errors.append(
            {QStringLiteral("date"), tr("The event cannot be before the procedure started (%1).")
                                         .arg(DateFormats::numeric(p.openedOn))});
    else if (event && input.date > today && !event->allowsFutureDate())
        errors.append({QStringLiteral("date"), tr("This event cannot be in the future.")});
    else if (input.date > today.addYears(2))
        errors.append({QStringLiteral("date"), tr("The date is too far ahead.")});
    if (input.note.size() > MaxNoteLength)
        errors.append({QStringLiteral("note"),
                       tr("The note can have at most %1 characters.").arg(MaxNoteLength)});
    EventEffects effects;
    effects.stageAfter = p.currentStage;
    effects.outcome = p.outcome;
    effects.documentLabel = p.documentLabel;
    effects.documentExpiry = p.documentExpiry;
    if (event && type->customStages && event->code == QLatin1String("stage_reached")) {
        if (!p.customStages.contains(input.customStage))
            errors.append({QStringLiteral("stage"),
                           tr("“%1” is not a stage of this procedure.").arg(input.customStage)});
        effects.stageAfter = input.customStage;
    } else if (event && !event->toStage.isEmpty()) {
        effects.stageAfter = event->toStage;
    }
    if (!errors.isEmpty())
        return Error::invalid(errors);

    if (event->setsOutcome)
        effects.outcome = event->outcome;
    const HolidayCalendar& calendar = HolidayCalendar::current();
    for (const DeadlineRule& rule : event->deadlines) {
        Deadline d;
        d.kind = Deadline::Kind::Procedure;
        d.caseId = p.caseId;
        d.procedureId = p.id;
        d.what = rule.label.text();
        d.sourceKey = DeadlineService::RulePrefix + rule.code;
        d.responsible = p.responsible;
        d.dueOn = rule.onEventDate   ? input.date
                  : rule.workingDays ? calendar.addWorkingDays(p.country, input.date, rule.days)
                                     : input.date.addDays(rule.days);
        effects.deadlines.append(d);
    }
    if (event->yieldsDocument) {
        effects.documentLabel = event->document.label.text();
        effects.documentExpiry = event->document.expiryFrom(input.date);
        Deadline d;
        d.kind = Deadline::Kind::Procedure;
        d.caseId = p.caseId;
        d.procedureId = p.id;
        d.responsible = p.responsible;
        d.sourceKey = DeadlineService::DocumentEventPrefix + event->code;
        if (event->document.hasRenewal) {
            d.what = event->document.renewLabel.text();
            d.dueOn = effects.documentExpiry.addDays(-event->document.renewDaysBefore);
        } else {
            d.what = tr("%1 expires").arg(effects.documentLabel);
            d.dueOn = effects.documentExpiry;
        }
        effects.deadlines.append(d);
    }
    return effects;
}
