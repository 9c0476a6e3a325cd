#include "core/services/ScreeningService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/domain/ActionStatus.h"
#include "core/reference/RiskCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "core/storage/CaseRiskRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DeadlineRepository.h"
#include "core/storage/ScreeningRepository.h"
#include "core/storage/SpecificNeedRepository.h"
#include "core/storage/Transaction.h"

#include <QSet>

ScreeningService::ScreeningService(const Database& db, const Clock& clock,
                                   const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_catalogue(RiskCatalogue::current())
{
}

QList<RiskSuggestion> ScreeningService::suggestions(const CaseRecord& record, int memberIndex) const
{
    return RiskSuggester::suggest(record, memberIndex, m_clock.today(), m_catalogue);
}

QList<FieldError> ScreeningService::validate(const CaseRecord& record, const Screening& s) const
{
    QList<FieldError> errors;
    int memberIndex = -1;
    for (int i = 0; i < record.members.size(); ++i) {
        if (record.members[i].person.id == s.personId)
            memberIndex = i;
    }
    if (memberIndex < 0) {
        errors.append(
            {QStringLiteral("person"), tr("The person screened is not a member of this case.")});
        return errors;
    }
    if (!s.screenedOn.isValid())
        errors.append({QStringLiteral("screenedOn"), tr("Enter the date of the screening.")});
    else if (s.screenedOn > m_clock.today())
        errors.append({QStringLiteral("screenedOn"), tr("The screening date is in the future.")});
    else if (s.screenedOn < record.registeredOn.addYears(-1))
        errors.append({QStringLiteral("screenedOn"),
                       tr("The screening date is long before the case was registered.")});

    QSet<QString> categoriesWithIndicators;
    for (const QString& code : s.indicators) {
        const RiskIndicator* indicator = m_catalogue.indicator(code);
        if (!indicator)
            errors.append({QStringLiteral("indicators"),
                           tr("The indicator “%1” is not in the catalogue.").arg(code)});
        else
            categoriesWithIndicators.insert(indicator->categoryCode);
    }
    for (auto it = s.levels.cbegin(); it != s.levels.cend(); ++it) {
        if (!m_catalogue.category(it.key()))
            errors.append({QStringLiteral("levels"),
                           tr("The category “%1” is not in the catalogue.").arg(it.key())});
    }
    for (const RiskCategory& category : m_catalogue.categories()) {
        if (categoriesWithIndicators.contains(category.code) &&
            s.levels.value(category.code) == RiskLevel::None)
            errors.append({QStringLiteral("levels/") + category.code,
                           tr("Set the risk level for “%1”: indicators are marked in it.")
                               .arg(category.label.text())});
    }
    if (s.overallLevel == RiskLevel::None && !s.levels.isEmpty())
        errors.append(
            {QStringLiteral("overall"), tr("Give the overall rating: categories are rated.")});
    if (int(s.overallLevel) < int(RiskLevel::None) || int(s.overallLevel) > int(RiskLevel::High))
        errors.append({QStringLiteral("overall"), tr("Choose the overall rating from the list.")});
    for (const QString& code : s.checklist) {
        if (!m_catalogue.checklistItem(code))
            errors.append({QStringLiteral("checklist"),
                           tr("The checklist point “%1” is not in the catalogue.").arg(code)});
    }
    for (const RiskSuggestion& suggestion : suggestions(record, memberIndex)) {
        const QString field = QStringLiteral("suggestions/") + suggestion.indicatorCode;
        const QString label = m_catalogue.indicator(suggestion.indicatorCode)->label.text();
        if (!s.suggestionDecisions.contains(suggestion.indicatorCode)) {
            errors.append({field, tr("Confirm or dismiss the suggestion “%1”.").arg(label)});
            continue;
        }
        const bool confirmed = s.suggestionDecisions.value(suggestion.indicatorCode);
        if (confirmed != s.indicators.contains(suggestion.indicatorCode))
            errors.append({field, confirmed ? tr("“%1” was confirmed but is not marked.").arg(label)
                                            : tr("“%1” was dismissed but is marked.").arg(label)});
    }
    for (int i = 0; i < s.actions.size(); ++i) {
        const ScreeningAction& a = s.actions[i];
        const QString prefix = QStringLiteral("actions/%1/").arg(i);
        if (!m_catalogue.action(a.actionCode))
            errors.append(
                {prefix + QStringLiteral("action"), tr("Choose an action from the list.")});
        if (a.note.size() > MaxNoteLength)
            errors.append({prefix + QStringLiteral("note"),
                           tr("A note can have at most %1 characters.").arg(MaxNoteLength)});
        if (a.status == ActionStatus::NotPossible && a.statusReason.trimmed().isEmpty())
            errors.append(
                {prefix + QStringLiteral("reason"), tr("Say why the action is not possible.")});
    }
    if (s.observations.size() > MaxObservationsLength)
        errors.append(
            {QStringLiteral("observations"),
             tr("The observations can have at most %1 characters.").arg(MaxObservationsLength)});
    return errors;
}

Result<QList<Screening>> ScreeningService::save(qint64 caseId, const QList<Screening>& screenings)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditRisk); !s)
        return s.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(caseId);
    if (!record)
        return record.error();
    if (screenings.isEmpty())
        return Error(Error::Code::Invalid, tr("Choose at least one person to screen."));

    QList<Screening> prepared;
    QList<FieldError> errors;
    QSet<qint64> persons;
    for (int i = 0; i < screenings.size(); ++i) {
        Screening s = screenings[i];
        s.caseId = caseId;
        s.assessorUserId = m_session.userId;
        s.assessorName = m_session.displayName;
        s.catalogueVersion = m_catalogue.version();
        s.observations = s.observations.trimmed();
        if (persons.contains(s.personId))
            errors.append({QStringLiteral("screenings/%1/person").arg(i),
                           tr("A person is screened twice at once.")});
        persons.insert(s.personId);
        for (const FieldError& e : validate(*record, s))
            errors.append({QStringLiteral("screenings/%1/%2").arg(i).arg(e.field), e.message});
        prepared.append(s);
    }
    if (!errors.isEmpty())
        return Error::invalid(errors);

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    ScreeningRepository repository(m_db, m_clock);
    SpecificNeedRepository needs(m_db);
    AuditLog audit(m_db, m_clock);
    for (Screening& s : prepared) {
        Result<qint64> id = repository.insert(s);
        if (!id)
            return id.error();
        s.id = *id;
        if (Status st = scheduleFollowUp(s, *record); !st)
            return st.error();
        // The specific-needs codes the indicators imply join the person's codes.
        Result<QList<SpecificNeed>> existing = needs.forPerson(s.personId);
        if (!existing)
            return existing.error();
        QSet<QString> active;
        for (const SpecificNeed& n : *existing) {
            if (n.isActive())
                active.insert(n.code);
        }
        QStringList attached;
        for (const QString& code : s.indicators) {
            const QString need = m_catalogue.indicator(code)->specificNeed;
            if (need.isEmpty() || active.contains(need))
                continue;
            if (Result<qint64> n = needs.attach(
                    {0, s.personId, need, s.screenedOn, m_session.displayName, s.id, {}, {}});
                !n)
                return n.error();
            active.insert(need);
            attached.append(need);
        }
        QList<AuditChange> changes;
        for (auto it = s.levels.cbegin(); it != s.levels.cend(); ++it)
            changes.append({QStringLiteral("level: ") + it.key(), QString(),
                            m_catalogue.levelLabel(int(it.value()))});
        if (s.overallLevel != RiskLevel::None)
            changes.append({QStringLiteral("overall"), QString(),
                            m_catalogue.levelLabel(int(s.overallLevel))});
        QStringList checklist = s.checklist.values();
        checklist.sort();
        changes.append(
            {QStringLiteral("checklist"), QString(), checklist.join(QStringLiteral(", "))});
        QStringList indicatorList = s.indicators.values();
        indicatorList.sort();
        changes.append(
            {QStringLiteral("indicators"), QString(), indicatorList.join(QStringLiteral(", "))});
        if (!attached.isEmpty())
            changes.append(
                {QStringLiteral("specific needs"), QString(), attached.join(QStringLiteral(", "))});
        const QString person = [&] {
            for (const CaseMember& m : record->members) {
                if (m.person.id == s.personId)
                    return m.person.fullName();
            }
            return QString();
        }();
        if (Status st =
                audit.record(m_session, {QStringLiteral("screening.create"), QStringLiteral("case"),
                                         QString::number(caseId), record->caseNumber, changes,
                                         tr("screening of %1").arg(person)});
            !st)
            return st.error();
    }
    if (Status s = CaseRiskRepository(m_db).refresh(caseId, m_clock); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return prepared;
}

Status ScreeningService::scheduleFollowUp(const Screening& s, const CaseRecord& record) const
{
    // An older screening entered late neither closes nor sets the newest one's follow-up.
    Result<QSqlQuery> newer = m_db.exec(
        QStringLiteral("SELECT count(*) FROM screenings WHERE case_id = ? AND person_id = ? AND "
                       "id <> ? AND screened_on > ?"),
        {s.caseId, s.personId, s.id, s.screenedOn.toString(Qt::ISODate)});
    if (!newer)
        return newer.error();
    if (newer.value().next() && newer.value().value(0).toInt() > 0)
        return {};
    DeadlineRepository deadlines(m_db, m_clock);
    // This screening is the follow-up of the person's earlier one.
    if (Status st = deadlines.closeScreeningFollowUps(s.caseId, s.personId, s.screenedOn,
                                                      m_session.displayName);
        !st)
        return st;
    const int level = int(s.overallLevel);
    const int days = m_catalogue.followUpDays(level);
    if (days <= 0)
        return {};
    QString person;
    for (const CaseMember& m : record.members) {
        if (m.person.id == s.personId)
            person = m.person.fullName();
    }
    Deadline d;
    d.caseId = s.caseId;
    d.personId = s.personId;
    d.screeningId = s.id;
    d.kind = Deadline::Kind::Manual;
    d.sourceKey = DeadlineService::FollowUpPrefix + QString::number(level);
    d.what = DeadlineService::followUpText(level, person);
    d.dueOn = s.screenedOn.addDays(days);
    if (const int notice = m_catalogue.noticeDays(level); notice > 0)
        d.noticeOn = s.screenedOn.addDays(notice);
    d.responsible = m_session.displayName;
    if (Result<qint64> id = deadlines.insert(d); !id)
        return id.error();
    return {};
}

Result<QHash<qint64, Screening>> ScreeningService::current(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewRisk); !s)
        return s.error();
    return ScreeningRepository(m_db, m_clock).latestForCase(caseId);
}

Result<QList<Screening>> ScreeningService::history(qint64 caseId, qint64 personId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewRisk); !s)
        return s.error();
    return ScreeningRepository(m_db, m_clock).history(caseId, personId);
}

Result<bool> ScreeningService::needsAttention(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewCase); !s)
        return s.error();
    // The view says only this, which is all a volunteer's server account may read.
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT needs_attention FROM case_attention WHERE case_id = ?"), {caseId});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

Status ScreeningService::setActionStatus(qint64 actionId, ActionStatus status,
                                         const QString& reason)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditRisk); !s)
        return s;
    if (status == ActionStatus::NotPossible && reason.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("Say why the action is not possible."),
                     {{QStringLiteral("reason"), tr("Say why the action is not possible.")}});
    ScreeningRepository repository(m_db, m_clock);
    Result<std::optional<Screening>> screening = repository.screeningOfAction(actionId);
    if (!screening)
        return screening.error();
    if (!screening->has_value())
        return Error(Error::Code::NotFound, tr("The action no longer exists."));
    const Screening& s = **screening;
    const auto action =
        std::find_if(s.actions.begin(), s.actions.end(),
                     [actionId](const ScreeningAction& a) { return a.id == actionId; });
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(s.caseId);
    if (!record)
        return record.error();

    Transaction transaction(m_db);
    if (Status st = transaction.begin(); !st)
        return st;
    if (Status st = repository.setActionStatus(
            actionId, status, status == ActionStatus::NotPossible ? reason.trimmed() : QString());
        !st)
        return st;
    const QString label = m_catalogue.action(action->actionCode)
                              ? m_catalogue.action(action->actionCode)->label.text()
                              : action->actionCode;
    if (Status st = AuditLog(m_db, m_clock)
                        .record(m_session, {QStringLiteral("screening.action"),
                                            QStringLiteral("case"),
                                            QString::number(s.caseId),
                                            record->caseNumber,
                                            {{label, actionStatusCodes().code(action->status),
                                              actionStatusCodes().code(status)}},
                                            reason.trimmed()});
        !st)
        return st;
    if (Status st = CaseRiskRepository(m_db).refresh(s.caseId, m_clock); !st)
        return st;
    return transaction.commit();
}
