#include "core/storage/MatchCandidateRepository.h"

#include "core/storage/Database.h"

#include <QHash>

MatchCandidateRepository::MatchCandidateRepository(const Database& db)
    : m_db(db)
{
}

Result<QList<TracingCandidate>> MatchCandidateRepository::load(const QList<qint64>& personIds,
                                                               bool consentedOnly) const
{
    QHash<qint64, TracingCandidate> found;
    constexpr int batch = 400;
    for (qsizetype start = 0; start < personIds.size(); start += batch) {
        const QList<qint64> part = personIds.mid(start, batch);
        QStringList marks;
        QVariantList params;
        for (qint64 id : part) {
            marks.append(QStringLiteral("?"));
            params.append(id);
        }
        const SqlDialect& sql = m_db.dialect();
        Result<QSqlQuery> q = m_db.exec(
            QStringLiteral("SELECT p.id, p.given_names, p.family_name1, p.family_name2, p.sex, "
                           "p.birth_precision, p.birth_date, p.country, p.admin1, p.place, "
                           "(SELECT %3 FROM person_other_names o WHERE o.person_id = p.id), "
                           "(SELECT %4 FROM person_nationalities n WHERE n.person_id = p.id), "
                           "coalesce(c.id, 0), c.case_number, coalesce(s.name, p.origin), "
                           "s.country, s.admin1, coalesce(cc.tracing_contact, 0) "
                           // A person the office proposed to a post has no case there: the
                           // site that registered them is all the post knows.
                           "FROM persons p LEFT JOIN case_members m ON m.person_id = p.id "
                           "LEFT JOIN cases c ON c.id = m.case_id "
                           "LEFT JOIN sites s ON s.id = c.site_id "
                           "LEFT JOIN case_consents cc ON cc.case_id = c.id "
                           "WHERE p.id IN (%1)%2")
                .arg(marks.join(QStringLiteral(", ")),
                     consentedOnly ? QStringLiteral(" AND cc.tracing_contact = 1") : QString(),
                     sql.groupConcat(QStringLiteral("o.name"), sql.newline()),
                     sql.groupConcat(QStringLiteral("n.country"), QStringLiteral("' '"))),
            params);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            TracingCandidate c;
            MatchCandidate& p = c.person;
            p.personId = r.value(0).toLongLong();
            p.givenNames = r.value(1).toString();
            p.familyName1 = r.value(2).toString();
            p.familyName2 = r.value(3).toString();
            p.sex = sexCodes().fromCode(r.value(4).toString()).value_or(Sex::Unknown);
            p.birthDate = PartialDate::fromStorage(r.value(5).toString(), r.value(6).toString())
                              .value_or(PartialDate());
            p.location =
                Location{r.value(7).toString(), r.value(8).toString(), r.value(9).toString()};
            p.otherNames = r.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            p.nationalities = r.value(11).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            c.caseId = r.value(12).toLongLong();
            c.caseNumber = r.value(13).toString();
            c.siteName = r.value(14).toString();
            p.siteCountry = r.value(15).toString();
            p.siteAdmin1 = r.value(16).toString();
            c.tracingConsent = r.value(17).toBool();
            const auto existing = found.constFind(p.personId);
            if (existing == found.constEnd() || (!existing->tracingConsent && c.tracingConsent))
                found.insert(p.personId, c);
        }
    }
    QList<TracingCandidate> out;
    for (qint64 id : personIds) {
        if (const auto it = found.constFind(id); it != found.constEnd())
            out.append(*it);
    }
    return out;
}
