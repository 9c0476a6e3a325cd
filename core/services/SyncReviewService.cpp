#include "core/services/SyncReviewService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/SyncSiteRepository.h"
#include "core/storage/Transaction.h"
#include "core/sync/PackageApplier.h"
#include "core/sync/PackageWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {
// A value or a part's rows as a person reads them.
QString shown(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList rows;
        for (const QJsonValue& row : v.toArray())
            rows.append(shown(row));
        return rows.join(QStringLiteral("; "));
    }
    case QJsonValue::Object: {
        QStringList fields;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!it.value().isNull())
                fields.append(shown(it.value()));
        }
        return fields.join(QStringLiteral(", "));
    }
    }
    return QString();
}

QString labelOf(const QJsonObject& values)
{
    if (values.contains(QStringLiteral("case_number")))
        return values.value(QStringLiteral("case_number")).toString();
    QStringList name;
    for (const char* column : {"given_names", "family_name1", "family_name2"}) {
        const QString part = values.value(QLatin1String(column)).toString();
        if (!part.isEmpty())
            name.append(part);
    }
    return name.join(u' ');
}
} // namespace

SyncReviewService::SyncReviewService(const Database& db, const Clock& clock,
                                     const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

QString SyncReviewService::kindLabel(const QString& kind)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("persons"), QT_TR_NOOP("Person")},
        {QStringLiteral("person_documents"), QT_TR_NOOP("Identity document")},
        {QStringLiteral("cases"), QT_TR_NOOP("Case")},
        {QStringLiteral("case_notes"), QT_TR_NOOP("Case note")},
        {QStringLiteral("conflict_checks"), QT_TR_NOOP("Conflict check")},
        {QStringLiteral("opposing_parties"), QT_TR_NOOP("Opposing party")},
        {QStringLiteral("screenings"), QT_TR_NOOP("Risk screening")},
        {QStringLiteral("screening_actions"), QT_TR_NOOP("Screening action")},
        {QStringLiteral("person_specific_needs"), QT_TR_NOOP("Specific need")},
        {QStringLiteral("procedures"), QT_TR_NOOP("Legal procedure")},
        {QStringLiteral("procedure_events"), QT_TR_NOOP("Procedure event")},
        {QStringLiteral("deadlines"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("tracing_requests"), QT_TR_NOOP("Tracing request")},
        {QStringLiteral("tracing_request_history"), QT_TR_NOOP("Tracing request history")},
        {QStringLiteral("match_proposals"), QT_TR_NOOP("Proposed match")},
        {QStringLiteral("family_links"), QT_TR_NOOP("Family link")}};
    const auto it = labels.constFind(kind);
    return it == labels.cend() ? kind : tr(*it);
}

QString SyncReviewService::fieldLabel(const QString& name)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("given_names"), QT_TR_NOOP("Given names")},
        {QStringLiteral("family_name1"), QT_TR_NOOP("First family name")},
        {QStringLiteral("family_name2"), QT_TR_NOOP("Second family name")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("birth_precision"), QT_TR_NOOP("How the date of birth is known")},
        {QStringLiteral("birth_country"), QT_TR_NOOP("Country of birth")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("admin1"), QT_TR_NOOP("Department or state")},
        {QStringLiteral("place"), QT_TR_NOOP("Place")},
        {QStringLiteral("no_document"), QT_TR_NOOP("Without documents")},
        {QStringLiteral("case_number"), QT_TR_NOOP("Case number")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("closure_reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("return_on"), QT_TR_NOOP("Date of return")},
        {QStringLiteral("return_country"), QT_TR_NOOP("Returned to")},
        {QStringLiteral("return_place"), QT_TR_NOOP("Place of return")},
        {QStringLiteral("return_informed"), QT_TR_NOOP("Free and informed decision")},
        {QStringLiteral("registered_on"), QT_TR_NOOP("Registered on")},
        {QStringLiteral("caseworker"), QT_TR_NOOP("Caseworker")},
        {QStringLiteral("body"), QT_TR_NOOP("Note")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("Last changed")},
        {QStringLiteral("revision"), QT_TR_NOOP("Revision")},
        {QStringLiteral("person_nationalities"), QT_TR_NOOP("Nationalities")},
        {QStringLiteral("person_other_names"), QT_TR_NOOP("Other names")},
        {QStringLiteral("case_members"), QT_TR_NOOP("Family group")},
        {QStringLiteral("case_consents"), QT_TR_NOOP("Consent")}};
    const auto it = labels.constFind(name);
    return it == labels.cend() ? name : tr(*it);
}

Result<QList<SyncReviewService::Stored>> SyncReviewService::stored(std::optional<qint64> id) const
{
    QList<Stored> out;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT id, kind, uid, record_id, sender, arrived_at, theirs FROM "
                       "sync_reviews%1 ORDER BY id")
            .arg(id ? QStringLiteral(" WHERE id = ?") : QString()),
        id ? QVariantList{*id} : QVariantList{},
        [&](const QSqlQuery& q) {
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray(),
                        q.value(3).toLongLong(), q.value(4).toString(),
                        QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
                        q.value(6).toString()});
        },
        tr("read the review list"));
    if (!read)
        return read.error();
    if (id && out.isEmpty())
        return Error(Error::Code::NotFound,
                     tr("This record is no longer in the review list: someone decided already."));
    return out;
}

Result<QList<SyncReview>> SyncReviewService::waiting() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditCase); !s)
        return s.error();
    Result<QList<Stored>> all = stored(std::nullopt);
    if (!all)
        return all.error();
    QList<SyncReview> out;
    PackageWriter current(m_db); // its identifiers read once for every review
    for (const Stored& r : std::as_const(*all)) {
        Result<QJsonObject> here = current.snapshot(r.kind, r.recordId, QString());
        if (!here)
            return here.error();
        const QJsonObject theirs = QJsonDocument::fromJson(r.theirs.toUtf8()).object();
        SyncReview review;
        review.id = r.id;
        review.kind = r.kind;
        review.sender = r.sender;
        review.arrivedAt = r.arrivedAt;
        review.removedThere = theirs.isEmpty();
        review.goneHere = here->isEmpty();
        const QJsonObject ours = here->value(QStringLiteral("values")).toObject();
        const QJsonObject sent = theirs.value(QStringLiteral("values")).toObject();
        review.label = labelOf(ours.isEmpty() ? sent : ours);
        QStringList names = ours.keys() + sent.keys();
        names.removeDuplicates();
        names.sort();
        for (const QString& name : std::as_const(names)) {
            if (ours.value(name) != sent.value(name))
                review.differences.append(
                    {name, fieldLabel(name), shown(ours.value(name)), shown(sent.value(name))});
        }
        const QJsonObject ourParts = here->value(QStringLiteral("parts")).toObject();
        const QJsonObject sentParts = theirs.value(QStringLiteral("parts")).toObject();
        QStringList parts = ourParts.keys() + sentParts.keys();
        parts.removeDuplicates();
        for (const QString& part : std::as_const(parts)) {
            if (ourParts.value(part) != sentParts.value(part))
                review.differences.append({part, fieldLabel(part), shown(ourParts.value(part)),
                                           shown(sentParts.value(part))});
        }
        out.append(review);
    }
    return out;
}

Result<int> SyncReviewService::count() const
{
    int n = 0;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT count(*) FROM sync_reviews"), {},
        [&](const QSqlQuery& q) { n = q.value(0).toInt(); }, tr("read the review list"));
    if (!read)
        return read.error();
    return n;
}

Status SyncReviewService::decided(const Stored& review, const QString& decision)
{
    if (Status s = m_db.run(QStringLiteral("DELETE FROM sync_reviews WHERE id = ?"), {review.id},
                            tr("record the decision"));
        !s)
        return s;
    const AuditEvent event{QStringLiteral("sync.review"),
                           review.kind,
                           QString::number(review.recordId),
                           QString::fromLatin1(review.uid.toHex().left(8)),
                           {{QStringLiteral("decision"), QString(), decision},
                            {QStringLiteral("site"), QString(), review.sender}},
                           {}};
    return AuditLog(m_db, m_clock).record(m_session, event);
}

Result<SyncReviewService::Stored> SyncReviewService::toDecide(qint64 reviewId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditCase); !s)
        return s.error();
    Result<QList<Stored>> found = stored(reviewId);
    if (!found)
        return found.error();
    return found->first();
}

Status SyncReviewService::keepOurs(qint64 reviewId)
{
    Result<Stored> found = toDecide(reviewId);
    if (!found)
        return found.error();
    const Stored review = *found;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    Result<std::optional<SyncSite>> site = SyncSiteRepository(m_db).findByCode(review.sender);
    if (!site)
        return site.error();
    if (site->has_value()) {
        // Ours goes to that site as chosen: noted again, so the next package holds it even if
        // an earlier one carried it already.
        if (Status s =
                m_db.run(QStringLiteral("UPDATE %1 SET id = id WHERE id = ?").arg(review.kind),
                         {review.recordId}, tr("record the decision"));
            !s)
            return s;
        if (Status s = m_db.run(QStringLiteral("INSERT INTO sync_decisions (site_id, kind, uid) "
                                               "VALUES (?, ?, ?) ON CONFLICT (site_id, kind, uid) "
                                               "DO UPDATE SET sent_in = NULL"),
                                {(*site)->id, review.kind, review.uid}, tr("record the decision"));
            !s)
            return s;
    }
    if (Status s = decided(review, QStringLiteral("kept here")); !s)
        return s;
    return transaction.commit();
}

Status SyncReviewService::takeTheirs(qint64 reviewId)
{
    Result<Stored> found = toDecide(reviewId);
    if (!found)
        return found.error();
    const Stored review = *found;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    const QJsonObject theirs = QJsonDocument::fromJson(review.theirs.toUtf8()).object();
    if (Status s = PackageApplier(m_db, m_clock)
                       .applyDecided(review.kind, review.uid, review.sender, theirs);
        !s)
        return s;
    if (Status s = decided(review, QStringLiteral("taken from %1").arg(review.sender)); !s)
        return s;
    return transaction.commit();
}
