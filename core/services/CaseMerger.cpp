#include "core/services/CaseMerger.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/domain/CaseStatus.h"
#include "core/storage/CaseRiskRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MergeRepository.h"
#include "core/storage/TableGraph.h"

#include <QSqlQuery>

namespace {
// Moved or dropped one by one below, not by the general move.
const QStringList OwnRules{QStringLiteral("case_members"), QStringLiteral("case_consents"),
                           QStringLiteral("case_risk"), QStringLiteral("case_risk_categories")};

QString consentText(const std::optional<Consent>& c)
{
    if (!c)
        return CaseMerger::tr("none recorded");
    QStringList scope;
    if (c->registration)
        scope.append(CaseMerger::tr("registration"));
    if (c->referral)
        scope.append(CaseMerger::tr("referral"));
    if (c->tracingContact)
        scope.append(CaseMerger::tr("tracing contact"));
    return CaseMerger::tr("%1: %2").arg(DateFormats::numeric(c->givenOn),
                                        scope.isEmpty() ? CaseMerger::tr("nothing")
                                                        : scope.join(QStringLiteral(", ")));
}
} // namespace

CaseMerger::CaseMerger(const Database& db, const Clock& clock, const TableGraph& graph)
    : m_db(db)
    , m_clock(clock)
    , m_graph(graph)
{
}

QList<MergeField> CaseMerger::fields(const CaseRecord& kept, const CaseRecord& removed)
{
    const auto status = [](const CaseRecord& c) {
        const QString label = caseStatusCodes().label(c.status);
        return c.closureReason.isEmpty() ? label : tr("%1 (%2)").arg(label, c.closureReason);
    };
    return {
        {QStringLiteral("registered_on"), tr("Registered on"),
         DateFormats::numeric(kept.registeredOn), DateFormats::numeric(removed.registeredOn)},
        {QStringLiteral("caseworker"), tr("Caseworker"), kept.caseworker, removed.caseworker},
        {QStringLiteral("status"), tr("Status"), status(kept), status(removed)},
        {QStringLiteral("consent"), tr("Consent"), consentText(kept.consent),
         consentText(removed.consent)},
    };
}

CaseRecord CaseMerger::combined(const CaseRecord& kept, const CaseRecord& removed,
                                const QSet<QString>& take)
{
    CaseRecord c = kept;
    if (take.contains(QStringLiteral("registered_on")))
        c.registeredOn = removed.registeredOn;
    if (take.contains(QStringLiteral("caseworker")))
        c.caseworker = removed.caseworker;
    if (take.contains(QStringLiteral("status"))) {
        c.status = removed.status;
        c.closureReason = removed.closureReason;
        c.outcome = removed.outcome;
        c.voluntaryReturn = removed.voluntaryReturn;
    }
    // A consent is never lost for want of a choice: the kept case takes the other's if it
    // has none.
    if (removed.consent && (take.contains(QStringLiteral("consent")) || !kept.consent))
        c.consent = removed.consent;
    return c;
}

Status CaseMerger::merge(const CaseRecord& kept, const CaseRecord& removed,
                         std::optional<Relationship> removedPrincipalJoinsAs)
{
    const qint64 k = kept.id;
    const qint64 r = removed.id;
    const QString action = tr("merge case %1 into %2").arg(removed.caseNumber, kept.caseNumber);
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);

    // The family groups: whoever is in both stays where they are in the kept case; the others
    // follow its members in their own order.
    Result<QSqlQuery> last = m_db.exec(
        QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM case_members WHERE case_id = ?"),
        {k}, action);
    if (!last)
        return last.error();
    const qint64 offset = last.value().next() ? last.value().value(0).toLongLong() + 1 : 1;
    QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("DELETE FROM case_members WHERE case_id = ? AND person_id IN (SELECT "
                        "o.person_id FROM case_members o WHERE o.case_id = ?)"),
         {r, k}},
    };
    if (removedPrincipalJoinsAs) {
        statements.append(
            {QStringLiteral("UPDATE case_members SET relationship = ? WHERE case_id = ? AND "
                            "person_id = (SELECT principal_id FROM cases WHERE id = ?)"),
             {relationshipCodes().code(*removedPrincipalJoinsAs), r, r}});
    }
    statements.append(
        {QStringLiteral("UPDATE case_members SET case_id = ?, position = position + ? "
                        "WHERE case_id = ?"),
         {k, offset, r}});
    // One consent per case: the one combined() chose.
    if (removed.consent && kept.consent == removed.consent) {
        statements.append({QStringLiteral("DELETE FROM case_consents WHERE case_id = ?"), {k}});
        statements.append(
            {QStringLiteral("UPDATE case_consents SET case_id = ? WHERE case_id = ?"), {k, r}});
    } else {
        statements.append({QStringLiteral("DELETE FROM case_consents WHERE case_id = ?"), {r}});
    }
    statements.append({QStringLiteral("DELETE FROM case_risk_categories WHERE case_id = ?"), {r}});
    statements.append({QStringLiteral("DELETE FROM case_risk WHERE case_id = ?"), {r}});
    for (const TableGraph::Reference& ref : m_graph.referencesTo(QStringLiteral("cases"))) {
        if (OwnRules.contains(ref.table))
            continue;
        statements.append(
            {QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?")
                 .arg(SqlDialect::identifier(ref.table), SqlDialect::identifier(ref.column)),
             {k, r}});
    }
    for (const auto& [sql, params] : statements) {
        if (Status s = m_db.run(sql, params, action); !s)
            return s;
    }
    if (Status s = MergeRepository(m_db, m_clock).redirect(removed.caseNumber, k); !s)
        return s;
    if (Status s = m_db.run(QStringLiteral("DELETE FROM cases WHERE id = ?"), {r}, action); !s)
        return s;
    if (Status s = m_db.run(
            QStringLiteral("UPDATE cases SET registered_on = ?, caseworker = ?, status = ?, "
                           "closure_reason = ?, outcome = ?, return_on = ?, return_country = ?, "
                           "return_place = ?, return_informed = ?, revision = revision + 1, "
                           "updated_at = ? WHERE id = ?"),
            {kept.registeredOn.toString(Qt::ISODate), kept.caseworker,
             caseStatusCodes().code(kept.status), kept.closureReason,
             kept.outcome ? caseOutcomeCodes().code(*kept.outcome) : QString(),
             kept.voluntaryReturn.on.isValid()
                 ? QVariant(kept.voluntaryReturn.on.toString(Qt::ISODate))
                 : QVariant(),
             kept.voluntaryReturn.country, kept.voluntaryReturn.place,
             kept.voluntaryReturn.informedDecision ? 1 : 0, now, k},
            action);
        !s)
        return s;
    return CaseRiskRepository(m_db).refresh(k, m_clock);
}
