#include "core/audit/CaseChanges.h"

#include "core/domain/CaseRecord.h"
#include "core/domain/PersonJson.h"

#include <QHash>

namespace {
// A member's fields by name, as text: the relationship, then the person's own fields.
QList<std::pair<QString, QString>> fields(const CaseMember& m)
{
    QList<std::pair<QString, QString>> out{
        {QStringLiteral("relationship"), relationshipCodes().code(m.relationship)}};
    const QJsonObject person = PersonJson::of(m.person);
    for (auto it = person.begin(); it != person.end(); ++it)
        out.append({it.key(), PersonJson::text(it.value())});
    return out;
}

QString consentText(const std::optional<Consent>& c)
{
    if (!c)
        return {};
    QStringList scopes;
    if (c->registration)
        scopes.append(QStringLiteral("registration"));
    if (c->referral)
        scopes.append(QStringLiteral("referral"));
    if (c->tracingContact)
        scopes.append(QStringLiteral("tracing"));
    return QStringLiteral("%1 by %2: %3")
        .arg(c->givenOn.toString(Qt::ISODate), c->recordedBy, scopes.join(QStringLiteral(", ")));
}

void compare(QList<AuditChange>& out, const QString& field, const QString& before,
             const QString& after)
{
    if (before != after)
        out.append({field, before, after});
}

QString memberLabel(const CaseMember& m)
{
    return m.person.fullName();
}
} // namespace

QList<AuditChange> CaseChanges::between(const CaseRecord& a, const CaseRecord& b)
{
    QList<AuditChange> out;
    compare(out, QStringLiteral("status"), caseStatusCodes().code(a.status),
            caseStatusCodes().code(b.status));
    compare(out, QStringLiteral("closureReason"), a.closureReason, b.closureReason);
    const auto outcome = [](const CaseRecord& r) {
        return r.outcome ? caseOutcomeCodes().code(*r.outcome) : QString();
    };
    compare(out, QStringLiteral("outcome"), outcome(a), outcome(b));
    compare(out, QStringLiteral("returnOn"), a.voluntaryReturn.on.toString(Qt::ISODate),
            b.voluntaryReturn.on.toString(Qt::ISODate));
    compare(out, QStringLiteral("returnCountry"), a.voluntaryReturn.country,
            b.voluntaryReturn.country);
    compare(out, QStringLiteral("returnPlace"), a.voluntaryReturn.place, b.voluntaryReturn.place);
    compare(out, QStringLiteral("returnInformedDecision"),
            a.voluntaryReturn.informedDecision ? QStringLiteral("yes") : QString(),
            b.voluntaryReturn.informedDecision ? QStringLiteral("yes") : QString());
    compare(out, QStringLiteral("registeredOn"), a.registeredOn.toString(Qt::ISODate),
            b.registeredOn.toString(Qt::ISODate));
    compare(out, QStringLiteral("caseworker"), a.caseworker, b.caseworker);
    compare(out, QStringLiteral("site"), QString::number(a.siteId), QString::number(b.siteId));

    QHash<qint64, const CaseMember*> before;
    for (const CaseMember& m : a.members)
        before.insert(m.person.id, &m);
    for (const CaseMember& m : b.members) {
        const CaseMember* old = m.person.id ? before.value(m.person.id) : nullptr;
        if (!old) {
            out.append({QStringLiteral("members"), QString(),
                        QStringLiteral("%1 (%2)").arg(memberLabel(m),
                                                      relationshipCodes().code(m.relationship))});
            continue;
        }
        before.remove(m.person.id);
        const auto oldFields = fields(*old);
        const auto newFields = fields(m);
        for (int i = 0; i < newFields.size(); ++i)
            compare(out, memberLabel(*old) + QStringLiteral(": ") + newFields[i].first,
                    oldFields[i].second, newFields[i].second);
    }
    for (const CaseMember& m : a.members) {
        if (before.contains(m.person.id))
            out.append({QStringLiteral("members"),
                        QStringLiteral("%1 (%2)").arg(memberLabel(m),
                                                      relationshipCodes().code(m.relationship)),
                        QString()});
    }
    compare(out, QStringLiteral("consent"), consentText(a.consent), consentText(b.consent));
    for (const CaseNote& n : b.notes) {
        if (n.id == 0)
            out.append({QStringLiteral("notes"), QString(), n.text});
    }
    return out;
}

QList<AuditChange> CaseChanges::created(const CaseRecord& record)
{
    CaseRecord empty;
    empty.status = record.status;
    empty.siteId = record.siteId;
    empty.registeredOn = record.registeredOn;
    QList<AuditChange> out = between(empty, record);
    out.prepend(
        {QStringLiteral("registeredOn"), QString(), record.registeredOn.toString(Qt::ISODate)});
    return out;
}
