#include "core/storage/ScreeningRepository.h"

#include "core/common/Clock.h"
#include "core/domain/ActionStatus.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

#include <algorithm>

ScreeningRepository::ScreeningRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> ScreeningRepository::insert(const Screening& s)
{
    const QString action = tr("save the screening");
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "INSERT INTO screenings (uid, case_id, person_id, screened_on, assessor_user_id, "
            "assessor_name, catalogue_version, observations, created_at, overall_level) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), s.caseId, s.personId, s.screenedOn.toString(Qt::ISODate),
         s.assessorUserId > 0 ? QVariant(s.assessorUserId) : QVariant(), s.assessorName,
         s.catalogueVersion, s.observations, now, int(s.overallLevel)},
        action);
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    for (const QString& code : s.indicators) {
        if (Status st = m_db.run(QStringLiteral("INSERT INTO screening_indicators (screening_id, "
                                                "indicator_code) VALUES (?, ?)"),
                                 {id, code}, action);
            !st)
            return st.error();
    }
    for (const QString& code : s.checklist) {
        if (Status st = m_db.run(QStringLiteral("INSERT INTO screening_checklist (screening_id, "
                                                "item_code) VALUES (?, ?)"),
                                 {id, code}, action);
            !st)
            return st.error();
    }
    for (auto it = s.suggestionDecisions.cbegin(); it != s.suggestionDecisions.cend(); ++it) {
        if (Status st = m_db.run(
                QStringLiteral("INSERT INTO screening_suggestions (screening_id, indicator_code, "
                               "decision) VALUES (?, ?, ?)"),
                {id, it.key(),
                 it.value() ? QStringLiteral("confirmed") : QStringLiteral("dismissed")},
                action);
            !st)
            return st.error();
    }
    for (auto it = s.levels.cbegin(); it != s.levels.cend(); ++it) {
        if (it.value() == RiskLevel::None)
            continue;
        if (Status st = m_db.run(
                QStringLiteral("INSERT INTO screening_levels (screening_id, category_code, level) "
                               "VALUES (?, ?, ?)"),
                {id, it.key(), int(it.value())}, action);
            !st)
            return st.error();
    }
    for (int i = 0; i < s.actions.size(); ++i) {
        const ScreeningAction& a = s.actions[i];
        if (Status st = m_db.run(
                QStringLiteral("INSERT INTO screening_actions (uid, screening_id, action_code, "
                               "note, status, status_reason, status_changed_at, priority) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {RecordUid::make(), id, a.actionCode, a.note, actionStatusCodes().code(a.status),
                 a.statusReason, now, i + 1},
                action);
            !st)
            return st.error();
    }
    return id;
}

Result<QList<Screening>> ScreeningRepository::select(const QString& condition,
                                                     const QVariantList& params) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT id, case_id, person_id, screened_on, "
                                 "coalesce(assessor_user_id, 0), assessor_name, "
                                 "catalogue_version, observations, overall_level "
                                 "FROM screenings WHERE ") +
                      condition + QStringLiteral(" ORDER BY person_id, screened_on DESC, id DESC"),
                  params);
    if (!q)
        return q.error();
    QList<Screening> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Screening s;
        s.id = r.value(0).toLongLong();
        s.caseId = r.value(1).toLongLong();
        s.personId = r.value(2).toLongLong();
        s.screenedOn = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        s.assessorUserId = r.value(4).toLongLong();
        s.assessorName = r.value(5).toString();
        s.catalogueVersion = r.value(6).toString();
        s.observations = r.value(7).toString();
        s.overallLevel = RiskLevel(std::clamp(r.value(8).toInt(), 0, int(RiskLevel::High)));
        list.append(s);
    }
    for (Screening& s : list) {
        if (Status st = loadDetails(s); !st)
            return st.error();
    }
    return list;
}

Status ScreeningRepository::loadDetails(Screening& s) const
{
    Result<QSqlQuery> indicators = m_db.exec(
        QStringLiteral("SELECT indicator_code FROM screening_indicators WHERE screening_id = ?"),
        {s.id});
    if (!indicators)
        return indicators.error();
    while (indicators.value().next())
        s.indicators.insert(indicators.value().value(0).toString());
    Result<QSqlQuery> checklist = m_db.exec(
        QStringLiteral("SELECT item_code FROM screening_checklist WHERE screening_id = ?"), {s.id});
    if (!checklist)
        return checklist.error();
    while (checklist.value().next())
        s.checklist.insert(checklist.value().value(0).toString());
    Result<QSqlQuery> suggestions = m_db.exec(
        QStringLiteral(
            "SELECT indicator_code, decision FROM screening_suggestions WHERE screening_id = ?"),
        {s.id});
    if (!suggestions)
        return suggestions.error();
    while (suggestions.value().next())
        s.suggestionDecisions.insert(suggestions.value().value(0).toString(),
                                     suggestions.value().value(1).toString() ==
                                         QLatin1String("confirmed"));
    Result<QSqlQuery> levels = m_db.exec(
        QStringLiteral("SELECT category_code, level FROM screening_levels WHERE screening_id = ?"),
        {s.id});
    if (!levels)
        return levels.error();
    while (levels.value().next())
        s.levels.insert(levels.value().value(0).toString(),
                        RiskLevel(levels.value().value(1).toInt()));
    Result<QSqlQuery> replaced = m_db.exec(
        QStringLiteral(
            "SELECT category_code, level FROM screening_levels_replaced WHERE screening_id = ?"),
        {s.id});
    if (!replaced)
        return replaced.error();
    while (replaced.value().next())
        s.replacedLevels.insert(replaced.value().value(0).toString(),
                                RiskLevel(replaced.value().value(1).toInt()));
    Result<QSqlQuery> actions = m_db.exec(
        QStringLiteral("SELECT id, action_code, note, status, status_reason, status_changed_at "
                       "FROM screening_actions WHERE screening_id = ? ORDER BY priority, id"),
        {s.id});
    if (!actions)
        return actions.error();
    while (actions.value().next()) {
        const QSqlQuery& r = actions.value();
        s.actions.append(ScreeningAction{
            r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            actionStatusCodes().fromCode(r.value(3).toString()).value_or(ActionStatus::Pending),
            r.value(4).toString(),
            QDateTime::fromString(r.value(5).toString(), Qt::ISODateWithMs)});
    }
    return {};
}

Result<QList<Screening>> ScreeningRepository::history(qint64 caseId, qint64 personId) const
{
    return select(QStringLiteral("case_id = ? AND person_id = ?"), {caseId, personId});
}

Result<QHash<qint64, Screening>> ScreeningRepository::latestForCase(qint64 caseId) const
{
    // Only the newest screening of each person is read in full.
    Result<QList<Screening>> latest = select(
        QStringLiteral("id IN (SELECT (SELECT s.id FROM screenings s WHERE s.case_id = ? AND "
                       "s.person_id = m.person_id ORDER BY s.screened_on DESC, s.id DESC LIMIT 1) "
                       "FROM case_members m WHERE m.case_id = ?)"),
        {caseId, caseId});
    if (!latest)
        return latest.error();
    QHash<qint64, Screening> byPerson;
    for (const Screening& s : *latest)
        byPerson.insert(s.personId, s);
    return byPerson;
}

Result<std::optional<Screening>> ScreeningRepository::screeningOfAction(qint64 actionId) const
{
    Result<QList<Screening>> found =
        select(QStringLiteral("id = (SELECT screening_id FROM screening_actions WHERE id = ?)"),
               {actionId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Screening>();
    return std::optional<Screening>(found->constFirst());
}

Status ScreeningRepository::setActionStatus(qint64 actionId, ActionStatus status,
                                            const QString& reason)
{
    return m_db.run(
        QStringLiteral(
            "UPDATE screening_actions SET status = ?, status_reason = ?, status_changed_at = ? "
            "WHERE id = ?"),
        {actionStatusCodes().code(status), reason,
         m_clock.now().toUTC().toString(Qt::ISODateWithMs), actionId},
        tr("save the action"));
}
