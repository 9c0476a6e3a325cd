#include "core/audit/CaseChanges.h"

#include "core/domain/CaseRecord.h"

#include <QHash>

namespace {
QString documentsText(const Person& p)
{
    if (p.hasNoDocument)
        return QStringLiteral("none");
    QStringList docs;
    for (const IdentityDocument& d : p.documents) {
        docs.append(QStringLiteral("%1 %2 %3%4")
                        .arg(documentTypeCodes().code(d.type), d.issuingCountry, d.number,
                             d.expiry.isValid()
                                 ? QStringLiteral(" exp. ") + d.expiry.toString(Qt::ISODate)
                                 : QString()));
    }
    return docs.join(QStringLiteral("; "));
}

// A member's fields by name, as text.
QList<std::pair<QString, QString>> fields(const CaseMember& m)
{
    const Person& p = m.person;
    return {
        {QStringLiteral("relationship"), relationshipCodes().code(m.relationship)},
        {QStringLiteral("givenNames"), p.givenNames},
        {QStringLiteral("familyName1"), p.familyName1},
        {QStringLiteral("familyName2"), p.familyName2},
        {QStringLiteral("otherNames"), p.otherNames.join(QStringLiteral(", "))},
        {QStringLiteral("sex"), sexCodes().code(p.sex)},
        {QStringLiteral("birthDate"),
         p.birthDate.isKnown()
             ? p.birthDate.storageValue() + QLatin1Char(' ') + p.birthDate.precisionCode()
             : QString()},
        {QStringLiteral("birthCountry"), p.birthCountry},
        {QStringLiteral("nationalities"), p.nationalities.join(QLatin1Char(' '))},
        {QStringLiteral("documents"), documentsText(p)},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("location"),
         QStringList{p.location.country, p.location.admin1, p.location.place}.join(
             QStringLiteral(" / "))},
    };
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
