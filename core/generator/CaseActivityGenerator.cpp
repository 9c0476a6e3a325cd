#include "core/generator/CaseActivityGenerator.h"

#include "core/common/Clock.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/reference/RiskCatalogue.h"
#include "core/services/ProcedureRules.h"
#include "core/storage/CasePlanRepository.h"
#include "core/storage/CaseRiskRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DeadlineRepository.h"
#include "core/storage/ProcedureRepository.h"
#include "core/storage/ScreeningRepository.h"

namespace {
const QString generatedBy = QStringLiteral("generator");

bool isPositive(const QString& outcome)
{
    return outcome == QLatin1String("recognized") || outcome == QLatin1String("granted");
}
} // namespace

CaseActivityGenerator::CaseActivityGenerator(Database& db, const Clock& clock, quint64 seed)
    : m_db(db)
    , m_clock(clock)
    , m_random(seed)
    , m_planRandom(seed ^ 0x9e3779b97f4a7c15ULL)
{
}

Status CaseActivityGenerator::addTo(const CaseRecord& record, const QString& country)
{
    if (chance(ScreenedPercent)) {
        for (const CaseMember& member : record.members) {
            // The principal always; the others now and then, as staff do.
            if (member.relationship != Relationship::Principal && !chance(35))
                continue;
            if (Status s = screen(record, member.person); !s)
                return s;
        }
        Result<QHash<qint64, Screening>> latest =
            ScreeningRepository(m_db, m_clock).latestForCase(record.id);
        if (!latest)
            return latest.error();
        if (Status s = CaseRiskRepository(m_db).store(record.id, *latest); !s)
            return s;
    }
    if (chance(ProcedurePercent)) {
        if (Status s = openProcedure(record, country); !s)
            return s;
    }
    if (record.status == CaseStatus::Open && below(m_planRandom, 100) < PlannedPercent)
        return plan(record);
    return {};
}

Status CaseActivityGenerator::plan(const CaseRecord& record)
{
    static const QStringList goals{
        QStringLiteral("Regularización migratoria de la familia"),
        QStringLiteral("Acceso a atención en salud"), QStringLiteral("Vivienda segura"),
        QStringLiteral("Cupo escolar para los niños"), QStringLiteral("Medios de vida")};
    static const QStringList actions{
        QStringLiteral("Acompañar a la cita en Migración"),
        QStringLiteral("Solicitar el cupo escolar"), QStringLiteral("Remitir a atención en salud"),
        QStringLiteral("Buscar alojamiento temporal"), QStringLiteral("Revisar los documentos")};
    static const QStringList followUps{QStringLiteral("Ver cómo está la familia"),
                                       QStringLiteral("Confirmar que asistieron a la cita")};
    QRandomGenerator64& random = m_planRandom;
    CasePlanRepository plans(m_db, m_clock);
    CaseGoal goal;
    goal.caseId = record.id;
    goal.description = goals[below(random, int(goals.size()))];
    goal.createdBy = record.caseworker;
    Result<qint64> goalId = plans.insertGoal(goal);
    if (!goalId)
        return goalId.error();
    ++m_counts.plans;
    const QDate today = m_clock.today();
    for (int i = 1 + below(random, 3); i > 0; --i) {
        PlanStep s;
        s.caseId = record.id;
        s.goalId = *goalId;
        s.responsible = record.caseworker;
        s.createdBy = record.caseworker;
        s.dueOn = record.registeredOn.addDays(7 + below(random, 90));
        if (below(random, 100) < 40) {
            s.kind = PlanStepKind::FollowUp;
            const QList<FollowUpMethod> methods = followUpMethodCodes().values();
            s.method = methods[below(random, int(methods.size()))];
            s.description = followUps[below(random, int(followUps.size()))];
        } else {
            s.description = actions[below(random, int(actions.size()))];
        }
        // What was due is mostly done, now and then cancelled or left late.
        if (s.dueOn <= today) {
            const int fate = below(random, 100);
            if (fate < 75) {
                s.status = PlanStepStatus::Done;
                s.doneOn = std::min(today, s.dueOn.addDays(below(random, 5) - 2));
                s.outcome = QStringLiteral("Hecho");
            } else if (fate < 85) {
                s.status = PlanStepStatus::Cancelled;
                s.outcome = QStringLiteral("La familia se mudó");
            }
        }
        if (Result<qint64> id = plans.insertStep(s); !id)
            return id.error();
        ++m_counts.planSteps;
    }
    return {};
}

Status CaseActivityGenerator::screen(const CaseRecord& record, const Person& person)
{
    const RiskCatalogue& catalogue = RiskCatalogue::current();
    const QList<RiskCategory>& categories = catalogue.categories();
    if (categories.isEmpty())
        return {};
    Screening s;
    s.caseId = record.id;
    s.personId = person.id;
    s.screenedOn = std::min(m_clock.today(), record.registeredOn.addDays(below(60)));
    s.assessorName = record.caseworker;
    s.catalogueVersion = catalogue.version();
    const int found = below(3); // most screenings find one or two categories at risk
    for (int i = 0; i < found; ++i) {
        const RiskCategory& category = categories[below(int(categories.size()))];
        if (category.indicators.isEmpty())
            continue;
        s.indicators.insert(category.indicators[below(int(category.indicators.size()))].code);
        const int level = below(100);
        s.levels.insert(category.code, level < 40   ? RiskLevel::Low
                                       : level < 80 ? RiskLevel::Medium
                                                    : RiskLevel::High);
    }
    // As an assessor would: the overall rating follows the highest category.
    s.overallLevel = s.highestLevel();
    const QList<RiskActionType>& actions = catalogue.actions();
    if (!s.indicators.isEmpty() && !actions.isEmpty()) {
        for (int i = below(3); i > 0; --i) {
            ScreeningAction a;
            a.actionCode = actions[below(int(actions.size()))].code;
            const int status = below(100);
            a.status = status < 60   ? ActionStatus::Pending
                       : status < 95 ? ActionStatus::Done
                                     : ActionStatus::NotPossible;
            if (a.status == ActionStatus::NotPossible)
                a.statusReason = QStringLiteral("Not available in the area");
            if (a.status != ActionStatus::Pending)
                a.statusChangedAt = m_clock.now();
            if (std::none_of(s.actions.cbegin(), s.actions.cend(), [&a](const ScreeningAction& b) {
                    return b.actionCode == a.actionCode;
                }))
                s.actions.append(a);
        }
    }
    Result<qint64> id = ScreeningRepository(m_db, m_clock).insert(s);
    if (!id)
        return id.error();
    ++m_counts.screenings;
    return {};
}

Status CaseActivityGenerator::openProcedure(const CaseRecord& record, const QString& country)
{
    QList<const ProcedureType*> types;
    for (const ProcedureType& t : ProcedureCatalogue::current().types()) {
        if (t.country == country && !t.customStages)
            types.append(&t);
    }
    if (types.isEmpty())
        return {};
    const ProcedureType& type = *types[below(int(types.size()))];
    const QDate today = m_clock.today();
    Procedure p;
    p.caseId = record.id;
    p.typeCode = type.code;
    p.country = country;
    p.authority = type.authority;
    p.fileNumber = QStringLiteral("EXP-%1").arg(record.id);
    p.responsible = record.caseworker;
    p.openedOn = std::min(today, record.registeredOn.addDays(below(30)));
    p.currentStage = type.stages.isEmpty() ? QString() : type.stages.constFirst().code;
    for (const CaseMember& m : record.members) {
        if (m.relationship == Relationship::Principal || chance(60))
            p.personIds.append(m.person.id);
    }
    ProcedureRepository procedures(m_db, m_clock);
    Result<qint64> id = procedures.insert(p);
    if (!id)
        return id.error();
    p.id = *id;
    ++m_counts.procedures;

    // Events in the order the type lists them, which is the order they happen: at each stage
    // one outcome at most, no appeal after a recognition, stopping at a random point or today.
    DeadlineRepository deadlines(m_db, m_clock);
    QDate date = p.openedOn;
    QString decidedStage;
    const QList<ProcedureEventType>& events = type.events;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const ProcedureEventType& event = events[i];
        if (event.outcome == QLatin1String("withdrawn") ||
            event.outcome == QLatin1String("abandoned"))
            continue;
        if (event.setsOutcome) {
            if (event.toStage == decidedStage || isPositive(p.outcome))
                continue;
            // The first outcome listed for a stage half the time, otherwise a later one.
            const bool laterOutcome =
                std::any_of(events.cbegin() + i + 1, events.cend(), [&event](const auto& e) {
                    return e.setsOutcome && e.toStage == event.toStage;
                });
            if (laterOutcome && chance(50))
                continue;
        } else if (isPositive(p.outcome) != (event.toStage == type.stages.constLast().code)) {
            // After a recognition only the document follows; without one, no document.
            continue;
        }
        date = date.addDays(7 + below(60));
        if (date > today && !event.allowsFutureDate())
            break;
        Result<ProcedureRules::EventEffects> effects =
            ProcedureRules::plan(p, {event.code, date, QString(), QString()}, today);
        if (!effects)
            break; // a date the rules refuse (too far ahead): the procedure stops here
        Result<qint64> eventId =
            procedures.addEvent(p.id, ProcedureEvent{0, event.code, date, effects->stageAfter,
                                                     QString(), generatedBy, m_clock.now()});
        if (!eventId)
            return eventId.error();
        p.currentStage = effects->stageAfter;
        p.outcome = effects->outcome;
        p.documentLabel = effects->documentLabel;
        p.documentExpiry = effects->documentExpiry;
        if (event.setsOutcome)
            decidedStage = event.toStage;
        if (Status s = procedures.setState(p); !s)
            return s;
        for (Deadline d : effects->deadlines) {
            d.eventId = *eventId;
            Result<qint64> deadlineId = deadlines.insert(d);
            if (!deadlineId)
                return deadlineId.error();
            ++m_counts.deadlines;
            // Most past deadlines were met; some were missed, and show as overdue.
            if (d.dueOn < today && chance(80)) {
                if (Status s = deadlines.setDone(*deadlineId, true, d.dueOn, generatedBy); !s)
                    return s;
            }
        }
        if (date > today || chance(25))
            break;
    }
    return {};
}
