#include "core/storage/TracingRequestRepository.h"

#include "core/common/Clock.h"
#include "core/matching/NameKeys.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"
#include "core/storage/SqlValue.h"

namespace {
const QString columns = QStringLiteral(
    "SELECT id, revision, site_id, coalesce(case_id, 0), coalesce(inquirer_person_id, 0), "
    "inquirer_name, relationship, contact, requested_on, sought_given_names, "
    "sought_family_name1, sought_family_name2, sought_other_names, sought_sex, "
    "sought_birth_precision, sought_birth_date, sought_nationality, last_known_country, "
    "last_known_place, last_seen_precision, last_seen_date, separation, status, "
    "closure_reason, closed_on, coalesce(found_person_id, 0), created_by FROM tracing_requests");

QVariant partialValue(const PartialDate& d)
{
    return d.isKnown() ? QVariant(d.storageValue()) : QVariant();
}

TracingRequest read(const QSqlQuery& r)
{
    TracingRequest t;
    t.id = r.value(0).toLongLong();
    t.revision = r.value(1).toInt();
    t.siteId = r.value(2).toLongLong();
    t.caseId = r.value(3).toLongLong();
    t.inquirerPersonId = r.value(4).toLongLong();
    t.inquirerName = r.value(5).toString();
    t.relationship =
        relationshipCodes().fromCode(r.value(6).toString()).value_or(Relationship::OtherRelative);
    t.contact = r.value(7).toString();
    t.requestedOn = QDate::fromString(r.value(8).toString(), Qt::ISODate);
    SoughtPerson& s = t.sought;
    s.givenNames = r.value(9).toString();
    s.familyName1 = r.value(10).toString();
    s.familyName2 = r.value(11).toString();
    s.otherNames = r.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    s.sex = sexCodes().fromCode(r.value(13).toString()).value_or(Sex::Unknown);
    s.birthDate = PartialDate::fromStorage(r.value(14).toString(), r.value(15).toString())
                      .value_or(PartialDate());
    s.nationality = r.value(16).toString();
    s.lastKnownCountry = r.value(17).toString();
    s.lastKnownPlace = r.value(18).toString();
    s.lastSeen = PartialDate::fromStorage(r.value(19).toString(), r.value(20).toString())
                     .value_or(PartialDate());
    s.separation = r.value(21).toString();
    t.status = tracingStatusCodes().fromCode(r.value(22).toString()).value_or(TracingStatus::Open);
    t.closureReason = r.value(23).toString();
    t.closedOn = QDate::fromString(r.value(24).toString(), Qt::ISODate);
    t.foundPersonId = r.value(25).toLongLong();
    t.createdBy = r.value(26).toString();
    return t;
}

QVariantList values(const TracingRequest& t)
{
    const SoughtPerson& s = t.sought;
    return {t.siteId,
            SqlValue::idOrNull(t.caseId),
            SqlValue::idOrNull(t.inquirerPersonId),
            t.inquirerName,
            relationshipCodes().code(t.relationship),
            t.contact,
            t.requestedOn.toString(Qt::ISODate),
            s.givenNames,
            s.familyName1,
            s.familyName2,
            s.otherNames.join(QLatin1Char('\n')),
            sexCodes().code(s.sex),
            s.birthDate.precisionCode(),
            partialValue(s.birthDate),
            s.nationality,
            s.lastKnownCountry,
            s.lastKnownPlace,
            s.lastSeen.precisionCode(),
            partialValue(s.lastSeen),
            s.separation,
            tracingStatusCodes().code(t.status),
            t.closureReason,
            SqlValue::dateOrNull(t.closedOn),
            SqlValue::idOrNull(t.foundPersonId)};
}

} // namespace

TracingRequestRepository::TracingRequestRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> TracingRequestRepository::insert(const TracingRequest& t)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    QVariantList params{RecordUid::make()};
    params << values(t) << t.createdBy << now << now;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "INSERT INTO tracing_requests (uid, site_id, case_id, inquirer_person_id, "
            "inquirer_name, relationship, contact, requested_on, sought_given_names, "
            "sought_family_name1, sought_family_name2, sought_other_names, sought_sex, "
            "sought_birth_precision, "
            "sought_birth_date, sought_nationality, last_known_country, last_known_place, "
            "last_seen_precision, last_seen_date, separation, status, closure_reason, "
            "closed_on, found_person_id, created_by, created_at, updated_at) VALUES (%1)")
            .arg(SqlDialect::placeholders(params.size())),
        params, tr("save the tracing request"));
    if (!q)
        return q.error();
    const qint64 id = q.value().lastInsertId().toLongLong();
    if (Status s = fileKeys(id, t.sought); !s)
        return s.error();
    return id;
}

Status TracingRequestRepository::update(const TracingRequest& t)
{
    QVariantList params = values(t);
    params << m_clock.now().toUTC().toString(Qt::ISODateWithMs) << t.id << t.revision;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "UPDATE tracing_requests SET site_id = ?, case_id = ?, inquirer_person_id = ?, "
            "inquirer_name = ?, relationship = ?, contact = ?, requested_on = ?, "
            "sought_given_names = ?, sought_family_name1 = ?, sought_family_name2 = ?, "
            "sought_other_names = ?, sought_sex = ?, sought_birth_precision = ?, "
            "sought_birth_date = ?, sought_nationality = ?, last_known_country = ?, "
            "last_known_place = ?, last_seen_precision = ?, last_seen_date = ?, separation = ?, "
            "status = ?, closure_reason = ?, closed_on = ?, found_person_id = ?, "
            "revision = revision + 1, updated_at = ? WHERE id = ? AND revision = ?"),
        params, tr("save the tracing request"));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error(Error::Code::Conflict,
                     tr("The tracing request was changed by someone else after you opened it. "
                        "Open it again to see the changes."));
    return fileKeys(t.id, t.sought);
}

Status TracingRequestRepository::fileKeys(qint64 id, const SoughtPerson& s)
{
    if (Status st =
            m_db.run(QStringLiteral("DELETE FROM tracing_request_keys WHERE request_id = ?"), {id});
        !st)
        return st;
    const NameKeys keys = NameKeys::of(s.givenNames, s.familyName1, s.familyName2, s.otherNames);
    for (const auto& [part, set] : {std::pair{QStringLiteral("family"), keys.family},
                                    std::pair{QStringLiteral("given"), keys.given}}) {
        for (const QString& key : set) {
            if (Status st = m_db.run(
                    QStringLiteral("%1 tracing_request_keys (request_id, part, key) VALUES "
                                   "(?, ?, ?)%2")
                        .arg(m_db.dialect().insertOrIgnorePrefix(),
                             m_db.dialect().insertOrIgnoreSuffix()),
                    {id, part, key}, tr("save the tracing request"));
                !st)
                return st;
        }
    }
    return {};
}

Result<TracingRequest> TracingRequestRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(columns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::NotFound, tr("The tracing request no longer exists."));
    return read(q.value());
}

Result<QList<TracingRequest>> TracingRequestRepository::list(const TracingRequestFilter& f) const
{
    QStringList conditions;
    QVariantList params;
    if (!f.statuses.isEmpty()) {
        conditions.append(
            QStringLiteral("status IN (%1)").arg(SqlDialect::placeholders(f.statuses.size())));
        for (TracingStatus s : f.statuses)
            params.append(tracingStatusCodes().code(s));
    }
    if (f.caseId > 0) {
        conditions.append(QStringLiteral("case_id = ?"));
        params.append(f.caseId);
    }
    if (f.siteId > 0) {
        conditions.append(QStringLiteral("site_id = ?"));
        params.append(f.siteId);
    }
    const QString where =
        conditions.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    Result<QSqlQuery> q =
        m_db.exec(columns + where + QStringLiteral(" ORDER BY requested_on DESC, id DESC"), params);
    if (!q)
        return q.error();
    QList<TracingRequest> out;
    while (q.value().next())
        out.append(read(q.value()));
    return out;
}

Result<QList<qint64>> TracingRequestRepository::openFiledUnder(const QSet<QString>& keys) const
{
    if (keys.isEmpty())
        return QList<qint64>();
    QVariantList params(keys.cbegin(), keys.cend());
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT DISTINCT k.request_id FROM tracing_request_keys k "
                                 "JOIN tracing_requests r ON r.id = k.request_id "
                                 "WHERE k.key IN (%1) AND r.status IN ('open', 'match_proposed')")
                      .arg(SqlDialect::placeholders(keys.size())),
                  params);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> TracingRequestRepository::openIds() const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral(
        "SELECT id FROM tracing_requests WHERE status IN ('open', 'match_proposed') ORDER BY id"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

Status TracingRequestRepository::addHistory(qint64 requestId, const TracingStatusChange& c)
{
    return m_db.run(
        QStringLiteral("INSERT INTO tracing_request_history (uid, request_id, at, by_user, "
                       "from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), requestId, c.at.toUTC().toString(Qt::ISODateWithMs), c.by,
         tracingStatusCodes().code(c.from), tracingStatusCodes().code(c.to), c.note},
        tr("save the tracing request"));
}

Result<QList<TracingStatusChange>> TracingRequestRepository::history(qint64 requestId) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT at, by_user, from_status, to_status, note FROM "
                                 "tracing_request_history WHERE request_id = ? ORDER BY id"),
                  {requestId});
    if (!q)
        return q.error();
    QList<TracingStatusChange> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out.append(
            {QDateTime::fromString(r.value(0).toString(), Qt::ISODateWithMs), r.value(1).toString(),
             tracingStatusCodes().fromCode(r.value(2).toString()).value_or(TracingStatus::Open),
             tracingStatusCodes().fromCode(r.value(3).toString()).value_or(TracingStatus::Open),
             r.value(4).toString()});
    }
    return out;
}
