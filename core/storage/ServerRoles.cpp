#include "core/storage/ServerRoles.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>

namespace {
// Who reads a column.
enum class Readers
{
    Everyone,       // ids, codes, dates: what counts and joins need
    Reunification,  // names, family, places: administrators, legal staff and volunteers
    CaseWork,       // documents, phone, notes and other free text: administrators and legal staff
    Statistics,     // risk and procedure codes: administrators, legal staff and coordinators
    Administrators, // the audit trail's contents
    Nobody          // passphrase hashes: only the database's owner
};

// Who adds, changes and removes rows.
enum class Writers
{
    Nobody,
    CaseWork, // administrators and legal staff
    Tracing,  // and volunteers
    Administrators,
    Everyone,
    AppendOnly // every role adds; nobody changes or removes (the audit trail)
};

struct Column
{
    const char* name;
    Readers readers;
};

struct TableAccess
{
    const char* name;
    Writers writers;
    QList<Column> columns;
};

constexpr Readers E = Readers::Everyone;
constexpr Readers R = Readers::Reunification;
constexpr Readers C = Readers::CaseWork;
constexpr Readers S = Readers::Statistics;

// A record's global identifier and origin (uid, origin) are read by whoever reads its id.
const QList<TableAccess>& matrix()
{
    static const QList<TableAccess> tables{
        {"amparo_meta", Writers::Nobody, {{"key", E}, {"value", E}}},
        {"app_state", Writers::CaseWork, {{"key", E}, {"value", E}}},
        {"sites",
         Writers::Administrators,
         {{"id", E},
          {"uid", E},
          {"origin", E},
          {"code", E},
          {"name", E},
          {"country", E},
          {"admin1", E}}},
        {"persons",
         Writers::CaseWork,
         {{"id", E},
          {"uid", E},
          {"origin", E},
          {"given_names", R},
          {"family_name1", R},
          {"family_name2", R},
          {"sex", E},
          {"birth_precision", E},
          {"birth_date", E},
          {"no_document", E},
          {"phone", C},
          {"country", E},
          {"admin1", E},
          {"place", R},
          {"created_at", E},
          {"updated_at", E},
          {"birth_country", E}}},
        {"person_other_names", Writers::CaseWork, {{"person_id", R}, {"position", R}, {"name", R}}},
        {"person_nationalities",
         Writers::CaseWork,
         {{"person_id", E}, {"position", E}, {"country", E}}},
        {"person_documents",
         Writers::CaseWork,
         {{"id", C},
          {"uid", C},
          {"origin", C},
          {"person_id", C},
          {"doc_type", C},
          {"number", C},
          {"number_key", C},
          {"issuing_country", C},
          {"expiry", C}}},
        {"cases",
         Writers::CaseWork,
         {{"id", E},
          {"uid", E},
          {"origin", E},
          {"case_number", R},
          {"site_id", E},
          {"status", E},
          {"closure_reason", C},
          {"registered_on", E},
          {"caseworker", R},
          {"principal_id", E},
          {"sort_name", R},
          {"revision", R},
          {"created_at", E},
          {"updated_at", E},
          {"keeper", E},
          {"outcome", E},
          {"return_on", C},
          {"return_country", C},
          {"return_place", C},
          {"return_informed", C},
          {"closed_on", E}}},
        {"case_number_sequences",
         Writers::CaseWork,
         {{"site_id", C}, {"year", C}, {"last_value", C}}},
        {"case_members",
         Writers::CaseWork,
         {{"case_id", E}, {"person_id", E}, {"relationship", E}, {"position", E}}},
        {"case_notes",
         Writers::CaseWork,
         {{"id", C},
          {"uid", C},
          {"origin", C},
          {"case_id", C},
          {"written_at", C},
          {"author", C},
          {"body", C}}},
        {"case_consents",
         Writers::CaseWork,
         {{"case_id", R},
          {"given_on", R},
          {"recorded_by", R},
          {"registration", R},
          {"referral", R},
          {"tracing_contact", R}}},
        // A volunteer finds persons by name; the document words stay with legal staff.
        {"person_search",
         Writers::CaseWork,
         {{"rowid", R}, {"names", R}, {"documents", C}, {"terms", R}}},
        {"users",
         Writers::Administrators,
         {{"id", E},
          {"uid", E},
          {"origin", E},
          {"username", E},
          {"display_name", E},
          {"role", E},
          {"passphrase_hash", Readers::Nobody},
          {"active", E},
          {"created_at", E},
          {"passphrase_changed_at", E}}},
        {"sign_in_failures",
         Writers::Everyone,
         {{"username", E}, {"failures", E}, {"last_failure_at", E}}},
        // Every role writes its entries and reads the last id to chain them; only
        // administrators read the trail.
        {"audit_log",
         Writers::AppendOnly,
         {{"id", E},
          {"at", Readers::Administrators},
          {"user_id", Readers::Administrators},
          {"username", Readers::Administrators},
          {"action", Readers::Administrators},
          {"record_type", Readers::Administrators},
          {"record_id", Readers::Administrators},
          {"record_label", Readers::Administrators},
          {"details", Readers::Administrators},
          {"prev_hash", Readers::Administrators},
          {"hash", Readers::Administrators}}},
        {"audit_head", Writers::Everyone, {{"id", E}, {"entries", E}, {"hash", E}}},
        // The posts' trails at the office: added when a package is received, never changed.
        {"site_audit_log",
         Writers::AppendOnly,
         {{"site_code", Readers::Administrators},
          {"id", Readers::Administrators},
          {"at", Readers::Administrators},
          {"user_id", Readers::Administrators},
          {"username", Readers::Administrators},
          {"action", Readers::Administrators},
          {"record_type", Readers::Administrators},
          {"record_id", Readers::Administrators},
          {"record_label", Readers::Administrators},
          {"details", Readers::Administrators},
          {"prev_hash", Readers::Administrators},
          {"hash", Readers::Administrators}}},
        {"screenings",
         Writers::CaseWork,
         {{"id", S},
          {"uid", S},
          {"origin", S},
          {"case_id", S},
          {"person_id", S},
          {"screened_on", S},
          {"assessor_user_id", C},
          {"assessor_name", C},
          {"catalogue_version", S},
          {"observations", C},
          {"created_at", S},
          {"overall_level", S}}},
        {"screening_indicators", Writers::CaseWork, {{"screening_id", S}, {"indicator_code", S}}},
        {"screening_checklist", Writers::CaseWork, {{"screening_id", C}, {"item_code", C}}},
        {"screening_levels_replaced",
         Writers::CaseWork,
         {{"screening_id", S}, {"category_code", S}, {"level", S}}},
        {"screening_suggestions",
         Writers::CaseWork,
         {{"screening_id", C}, {"indicator_code", C}, {"decision", C}}},
        {"screening_levels",
         Writers::CaseWork,
         {{"screening_id", S}, {"category_code", S}, {"level", S}}},
        {"screening_actions",
         Writers::CaseWork,
         {{"id", S},
          {"uid", S},
          {"origin", S},
          {"screening_id", S},
          {"action_code", S},
          {"note", C},
          {"status", S},
          {"status_reason", C},
          {"status_changed_at", S},
          {"priority", S}}},
        {"person_specific_needs",
         Writers::CaseWork,
         {{"id", S},
          {"uid", S},
          {"origin", S},
          {"person_id", S},
          {"code", S},
          {"attached_on", S},
          {"attached_by", C},
          {"screening_id", S},
          {"removed_on", S},
          {"removed_by", C}}},
        {"case_risk",
         Writers::CaseWork,
         {{"case_id", S}, {"max_level", S}, {"high_categories", S}, {"pending_actions", S}}},
        // A view: all a volunteer learns of a case's risk.
        {"case_attention", Writers::Nobody, {{"case_id", E}, {"needs_attention", R}}},
        // This database's identity as a site and the sites it exchanges packages with: the
        // administrators' alone (the identity holds the secret its keys come from).
        {"sync_identity",
         Writers::Administrators,
         // Every role asks whether a record is this site's own (its code).
         {{"id", E},
          {"site_code", E},
          {"role", E},
          {"secret", Readers::Administrators},
          {"created_at", Readers::Administrators}}},
        // Whether this database is a post, and its office: caseworkers hand cases to it.
        {"sync_sites",
         Writers::Administrators,
         {{"id", Readers::Administrators},
          {"site_code", E},
          {"role", E},
          {"sign_public", Readers::Administrators},
          {"box_public", Readers::Administrators},
          {"received_number", Readers::Administrators},
          {"sent_number", Readers::Administrators},
          {"sent_mark", Readers::Administrators},
          {"registered_at", Readers::Administrators},
          {"registered_by", Readers::Administrators},
          {"audit_confirmed", Readers::Administrators}}},
        // A matching pass leaves alone the proposals that arrived from another site.
        {"sync_arrivals",
         Writers::Administrators,
         {{"kind", E}, {"uid", E}, {"position", Readers::Administrators}}},
        // Both versions of a record changed at two sites: read by those who decide.
        {"sync_reviews",
         Writers::Administrators,
         {{"id", C},
          {"kind", C},
          {"uid", C},
          {"record_id", C},
          {"sender", C},
          {"arrived_at", C},
          {"theirs", C}}},
        {"sync_decisions",
         Writers::Administrators,
         {{"site_id", Readers::Administrators},
          {"kind", Readers::Administrators},
          {"uid", Readers::Administrators},
          {"sent_in", Readers::Administrators}}},
        {"sync_sent_packages",
         Writers::Administrators,
         {{"site_id", Readers::Administrators},
          {"number", Readers::Administrators},
          {"mark", Readers::Administrators},
          {"sent_at", Readers::Administrators},
          {"audit_to", Readers::Administrators}}},
        // Merges awaiting review (issue 21): what undo puts back is case work; labels name
        // the persons; a merged-away case number finds its case for everyone who searches.
        {"merges",
         Writers::CaseWork,
         {{"id", E},
          {"kind", E},
          {"kept_id", E},
          {"removed_id", E},
          {"kept_label", R},
          {"removed_label", R},
          {"merged_by", E},
          {"merged_at", E},
          {"state", E},
          {"decided_by", E},
          {"decided_at", E},
          {"involved", E},
          {"before_state", C},
          {"after_digest", E}}},
        {"merged_case_numbers", Writers::CaseWork, {{"case_number", E}, {"case_id", E}}},
        // A post's way to its office's server: its location alone (SiteKeys derives the
        // mailbox account's password).
        {"sync_office_server",
         Writers::Administrators,
         {{"id", Readers::Administrators},
          {"location", Readers::Administrators},
          {"set_at", Readers::Administrators},
          {"set_by", Readers::Administrators}}},
        // Sealed packages left on the office's server: its administrators apply the posts'
        // and leave the answers; a post reaches its own only through the mailbox functions.
        {"sync_mailbox",
         Writers::Administrators,
         {{"id", Readers::Administrators},
          {"sender", Readers::Administrators},
          {"receiver", Readers::Administrators},
          {"package", Readers::Administrators},
          {"left_at", Readers::Administrators}}},
        {"sync_aliases",
         Writers::Administrators,
         {{"kind", Readers::Administrators},
          {"uid", Readers::Administrators},
          {"local_id", Readers::Administrators}}},
        // Written by the database's own triggers (as the owner); read to make packages.
        {"sync_journal",
         Writers::Nobody,
         {{"xid", Readers::Administrators},
          {"kind", Readers::Administrators},
          {"record_id", Readers::Administrators},
          {"gone_uid", Readers::Administrators}}},
        {"case_risk_categories",
         Writers::CaseWork,
         {{"case_id", S}, {"category_code", S}, {"level", S}}},
        {"procedures",
         Writers::CaseWork,
         {{"id", S},
          {"uid", S},
          {"origin", S},
          {"case_id", S},
          {"type_code", S},
          {"country", S},
          {"authority", C},
          {"file_number", C},
          {"responsible", C},
          {"opened_on", S},
          {"current_stage", S},
          {"outcome", S},
          {"document_label", C},
          {"document_expiry", C},
          {"custom_stages", C},
          {"revision", C},
          {"created_at", S},
          {"updated_at", S}}},
        {"procedure_persons", Writers::CaseWork, {{"procedure_id", C}, {"person_id", C}}},
        {"procedure_events",
         Writers::CaseWork,
         {{"id", S},
          {"uid", S},
          {"origin", S},
          {"procedure_id", S},
          {"event_code", S},
          {"occurred_on", S},
          {"stage_after", S},
          {"note", C},
          {"recorded_by", C},
          {"recorded_at", S}}},
        {"deadlines",
         Writers::CaseWork,
         {{"id", S},
          {"uid", S},
          {"origin", S},
          {"case_id", S},
          {"procedure_id", S},
          {"event_id", S},
          {"person_id", C},
          {"kind", S},
          {"source_key", C},
          {"what", C},
          {"due_on", S},
          {"responsible", C},
          {"done", S},
          {"done_on", S},
          {"done_by", C},
          {"created_at", S},
          {"screening_id", S},
          {"notice_on", S},
          {"referral_id", S}}},
        // Partner organisations: who a case may be referred to, kept by administrators.
        {"partners",
         Writers::Administrators,
         {{"id", S},
          {"uid", S},
          {"origin", S},
          {"name", C},
          {"services", S},
          {"areas", C},
          {"contact", C},
          {"language", C},
          {"site_card", C},
          {"agreement", C},
          {"active", S},
          {"created_at", S},
          {"updated_at", S}}},
        {"referrals",
         Writers::CaseWork,
         {{"id", S},
          {"uid", S},
          {"origin", S},
          {"case_id", S},
          {"partner_id", S},
          {"direction", S},
          {"priority", S},
          {"services", S},
          {"reasons", C},
          {"shared", C},
          {"state", S},
          {"state_note", C},
          {"consent_override", C},
          {"made_on", S},
          {"made_by", C},
          {"answered_on", S},
          {"closed_on", S},
          {"created_at", S},
          {"updated_at", S}}},
        {"referral_persons", Writers::CaseWork, {{"referral_id", S}, {"person_id", S}}},
        // Transfers of personal data out: recorded by whoever makes one, read by administrators,
        // changed by nobody.
        {"transfers",
         Writers::AppendOnly,
         {{"id", Readers::Administrators},
          {"at", Readers::Administrators},
          {"by_user", Readers::Administrators},
          {"kind", Readers::Administrators},
          {"recipient", Readers::Administrators},
          {"agreement", Readers::Administrators},
          {"case_number", Readers::Administrators},
          {"persons", Readers::Administrators},
          {"contents", Readers::Administrators}}},
        // Requests about a person's data and the erasures: administrators answer them.
        {"data_requests",
         Writers::Administrators,
         {{"id", Readers::Administrators},
          {"kind", Readers::Administrators},
          {"case_number", Readers::Administrators},
          {"person_uid", Readers::Administrators},
          {"received_on", Readers::Administrators},
          {"identity_check", Readers::Administrators},
          {"request", Readers::Administrators},
          {"decision", Readers::Administrators},
          {"ground", Readers::Administrators},
          {"answer", Readers::Administrators},
          {"decided_by", Readers::Administrators},
          {"decided_on", Readers::Administrators},
          {"recorded_by", Readers::Administrators},
          {"recorded_at", Readers::Administrators}}},
        // Retention: administrators set the period and decide on the cases past it (the app
        // asks for the permission; the server lets case work read and move the decisions).
        {"retention_rules",
         Writers::Administrators,
         {{"record_kind", Readers::Administrators},
          {"months", Readers::Administrators},
          {"set_by", Readers::Administrators},
          {"set_at", Readers::Administrators}}},
        // A merge of two cases moves the decision on the one that goes (legal staff merge).
        {"retention_reviews",
         Writers::CaseWork,
         {{"case_id", C},
          {"decision", C},
          {"renewed_until", C},
          {"reason", C},
          {"decided_by", C},
          {"decided_at", C}}},
        // Never changed: added by the administrator who erases, or by whoever receives the
        // package of a post that erased.
        {"erasures",
         Writers::AppendOnly,
         {{"id", Readers::Administrators},
          {"person_uid", Readers::Administrators},
          {"erased_at", Readers::Administrators},
          {"ground", Readers::Administrators},
          {"decided_by", Readers::Administrators}}},
        // The code of conduct: administrators write it, everyone reads it and adds their own
        // acceptance, which nobody changes afterwards.
        {"conduct_codes",
         Writers::Administrators,
         {{"version", E}, {"body", E}, {"written_by", E}, {"written_at", E}}},
        {"conduct_acceptances",
         Writers::AppendOnly,
         {{"user_id", E}, {"version", E}, {"accepted_at", E}}},
        // A case's plan: its goals and the steps towards them, free text read by case work.
        {"case_goals",
         Writers::CaseWork,
         {{"id", C},
          {"uid", C},
          {"origin", C},
          {"case_id", C},
          {"description", C},
          {"status", C},
          {"status_on", C},
          {"created_by", C},
          {"created_at", C},
          {"updated_at", C}}},
        {"case_plan_steps",
         Writers::CaseWork,
         {{"id", C},
          {"uid", C},
          {"origin", C},
          {"case_id", C},
          {"goal_id", C},
          {"kind", C},
          {"method", C},
          {"description", C},
          {"responsible", C},
          {"due_on", C},
          {"status", C},
          {"done_on", C},
          {"outcome", C},
          {"created_by", C},
          {"created_at", C},
          {"updated_at", C}}},
        {"opposing_parties",
         Writers::CaseWork,
         {{"id", C},
          {"uid", C},
          {"origin", C},
          {"case_id", C},
          {"name", C},
          {"document_number", C},
          {"document_key", C},
          {"note", C}}},
        {"conflict_checks",
         Writers::CaseWork,
         {{"id", C},
          {"uid", C},
          {"origin", C},
          {"case_id", C},
          {"checked_on", C},
          {"checked_by", C},
          {"subject", C},
          {"findings", C},
          {"decision", C},
          {"note", C}}},
        {"person_name_keys",
         Writers::CaseWork,
         {{"key", R}, {"sex", R}, {"birth_year", R}, {"person_id", R}}},
        {"family_links",
         Writers::Tracing,
         {{"id", R},
          {"uid", R},
          {"origin", R},
          {"person_id", R},
          {"relative_id", R},
          {"relationship", R},
          {"confirmed", R},
          {"source", R},
          {"note", C},
          {"created_at", R},
          {"created_by", R}}},
        // Volunteers trace families: the request, the inquirer's contact and the search are
        // theirs to read and write.
        {"tracing_requests",
         Writers::Tracing,
         {{"id", E},
          {"uid", E},
          {"origin", E},
          {"site_id", E},
          {"case_id", R},
          {"inquirer_person_id", R},
          {"inquirer_name", R},
          {"relationship", E},
          {"contact", R},
          {"requested_on", E},
          {"sought_given_names", R},
          {"sought_family_name1", R},
          {"sought_family_name2", R},
          {"sought_other_names", R},
          {"sought_sex", E},
          {"sought_birth_precision", R},
          {"sought_birth_date", R},
          {"sought_nationality", E},
          {"last_known_country", R},
          {"last_known_place", R},
          {"last_seen_precision", R},
          {"last_seen_date", R},
          {"separation", R},
          {"status", E},
          {"closure_reason", R},
          {"closed_on", E},
          {"found_person_id", R},
          {"revision", R},
          {"created_at", E},
          {"created_by", R},
          {"updated_at", E}}},
        {"tracing_request_keys", Writers::Tracing, {{"request_id", R}, {"part", R}, {"key", R}}},
        {"tracing_request_history",
         Writers::Tracing,
         {{"id", R},
          {"uid", R},
          {"origin", R},
          {"request_id", R},
          {"at", R},
          {"by_user", R},
          {"from_status", R},
          {"to_status", R},
          {"note", R}}},
        {"match_proposals",
         Writers::Tracing,
         {{"id", R},
          {"uid", R},
          {"origin", R},
          {"request_id", R},
          {"person_id", R},
          {"score", R},
          {"reasons", R},
          {"child", R},
          {"status", R},
          {"proposed_at", R},
          {"reviewed_at", R},
          {"reviewed_by", R},
          {"review_note", R}}},
        // What happened to a person of a case: its codes are counted like risk; its narrative
        // is case work.
        {"incidents",
         Writers::CaseWork,
         {{"id", S},
          {"uid", S},
          {"origin", S},
          {"case_id", S},
          {"person_id", S},
          {"incident_type", S},
          {"perpetrator", S},
          {"occurred_month", S},
          {"country", S},
          {"admin1", S},
          {"place", S},
          {"age_group", S},
          {"sex", S},
          {"diversity", S},
          {"reported", S},
          {"institution", S},
          {"state_response", S},
          {"narrative", C},
          {"recorded_by", C},
          {"created_at", S},
          {"updated_at", S}}},
        // Protection monitoring is anonymous and coded: volunteers at a post run it,
        // coordinators count it.
        {"monitoring_rounds",
         Writers::Tracing,
         {{"id", E},
          {"uid", E},
          {"origin", E},
          {"site_id", E},
          {"name", E},
          {"starts_on", E},
          {"ends_on", E},
          {"created_by", R},
          {"created_at", E},
          {"updated_at", E}}},
        {"monitoring_interviews",
         Writers::Tracing,
         {{"id", E},
          {"uid", E},
          {"origin", E},
          {"round_id", E},
          {"held_on", E},
          {"consent", E},
          {"age_group", E},
          {"sex", E},
          {"diversity", E},
          {"household_size", E},
          {"legal_status", E},
          {"intention", E},
          {"return_risks", E},
          {"needs", E},
          {"recorded_by", R},
          {"created_at", E},
          {"updated_at", E}}},
        {"interview_incidents",
         Writers::Tracing,
         {{"interview_id", E},
          {"position", E},
          {"incident_type", E},
          {"perpetrator", E},
          {"occurred_month", E},
          {"country", E},
          {"admin1", E},
          {"place", E},
          {"age_group", E},
          {"sex", E},
          {"diversity", E},
          {"reported", E},
          {"institution", E},
          {"state_response", E}}},
    };
    return tables;
}

bool reads(Readers readers, Role role)
{
    switch (readers) {
    case Readers::Everyone:
        return true;
    case Readers::Reunification:
        return role != Role::Coordinator;
    case Readers::CaseWork:
        return role == Role::Administrator || role == Role::LegalStaff;
    case Readers::Statistics:
        return role != Role::Volunteer;
    case Readers::Administrators:
        return role == Role::Administrator;
    case Readers::Nobody:
        return false;
    }
    return false;
}

bool writes(Writers writers, Role role)
{
    switch (writers) {
    case Writers::Nobody:
    case Writers::AppendOnly:
        return false;
    case Writers::CaseWork:
        return role == Role::Administrator || role == Role::LegalStaff;
    case Writers::Tracing:
        return role != Role::Coordinator;
    case Writers::Administrators:
        return role == Role::Administrator;
    case Writers::Everyone:
        return true;
    }
    return false;
}

const TableAccess* find(const QString& table)
{
    for (const TableAccess& t : matrix()) {
        if (table == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

const QList<Role>& allRoles()
{
    static const QList<Role> roles{Role::Administrator, Role::LegalStaff, Role::Volunteer,
                                   Role::Coordinator};
    return roles;
}

// Everything that makes the grants, in order; its hash tells whether the database has them.
QStringList grantStatements(const QString& database)
{
    const auto quoted = &SqlDialect::identifier;
    QStringList groups;
    for (Role role : allRoles())
        groups.append(quoted(ServerRoles::groupOf(database, role)));
    const QString mailbox = quoted(ServerRoles::mailboxGroupOf(database));
    groups.append(mailbox);
    const QString everyGroup = groups.join(QStringLiteral(", "));
    QStringList sql{
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ") + everyGroup,
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ") + everyGroup,
        QStringLiteral("GRANT USAGE ON SCHEMA public TO ") + everyGroup,
        // The office's group for signing in gives nothing of its own (an older
        // set-up granted it every table).
        QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                       "'amparo_users') THEN "
                       "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM amparo_users; "
                       "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM amparo_users; "
                       "ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM "
                       "amparo_users; "
                       "ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM "
                       "amparo_users; END IF; END $$")};
    for (const TableAccess& table : matrix()) {
        for (Role role : allRoles()) {
            const QString group = quoted(ServerRoles::groupOf(database, role));
            QStringList columns;
            for (const Column& c : table.columns) {
                if (reads(c.readers, role))
                    columns.append(QLatin1String(c.name));
            }
            if (!columns.isEmpty())
                sql.append(
                    QStringLiteral("GRANT SELECT (%1) ON %2 TO %3")
                        .arg(columns.join(QStringLiteral(", ")), QLatin1String(table.name), group));
            if (writes(table.writers, role))
                sql.append(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                               .arg(QLatin1String(table.name), group));
            else if (table.writers == Writers::AppendOnly)
                sql.append(QStringLiteral("GRANT INSERT ON %1 TO %2")
                               .arg(QLatin1String(table.name), group));
        }
    }
    // An erasure empties the audit entries about the person (a trigger lets nothing else
    // change).
    sql.append(
        QStringLiteral("GRANT UPDATE (details, record_label) ON audit_log, site_audit_log TO ") +
        quoted(ServerRoles::groupOf(database, Role::Administrator)));
    sql.append(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ") + everyGroup);
    // A person changes their own passphrase; the hash column stays unreadable to them, and
    // the function finds their row from the account they signed in with.
    sql.append(QStringLiteral(
        "CREATE OR REPLACE FUNCTION amparo_set_own_passphrase_hash(new_hash TEXT, changed_at "
        "TEXT) RETURNS INTEGER LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$ "
        "WITH changed AS (UPDATE users SET passphrase_hash = new_hash, "
        "passphrase_changed_at = changed_at WHERE active = 1 AND "
        "lower(current_database() || '.' || username::text) = session_user RETURNING 1) "
        "SELECT count(*)::INTEGER FROM changed $$"));
    sql.append(QStringLiteral(
        "REVOKE ALL ON FUNCTION amparo_set_own_passphrase_hash(TEXT, TEXT) FROM PUBLIC"));
    sql.append(
        QStringLiteral("GRANT EXECUTE ON FUNCTION amparo_set_own_passphrase_hash(TEXT, TEXT) TO ") +
        everyGroup);
    // Forgetting the changes every site confirmed comes with sending and receiving packages.
    sql.append(QStringLiteral("GRANT EXECUTE ON FUNCTION amparo_forget_changes(BIGINT) TO ") +
               quoted(ServerRoles::groupOf(database, Role::Administrator)));
    // A post's mailbox account does nothing but leave and collect its own packages.
    for (const char* function : {"amparo_mailbox_put(bytea)", "amparo_mailbox_waiting()",
                                 "amparo_mailbox_collected(BIGINT)"})
        sql.append(QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2")
                       .arg(QLatin1String(function), mailbox));
    return sql;
}
} // namespace

QString ServerRoles::groupOf(const QString& database, Role role)
{
    return database + u'_' + roleCodes().code(role);
}

QString ServerRoles::mailboxGroupOf(const QString& database)
{
    return database + QStringLiteral("_mailbox");
}

Result<bool> ServerRoles::roleExists(const Database& db, const QString& name, const QString& action)
{
    Result<QSqlQuery> q =
        db.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {name}, action);
    if (!q)
        return q.error();
    return q.value().next();
}

QStringList ServerRoles::tables()
{
    QStringList names;
    for (const TableAccess& t : matrix())
        names.append(QLatin1String(t.name));
    return names;
}

QStringList ServerRoles::columnsOf(const QString& table)
{
    QStringList names;
    if (const TableAccess* t = find(table)) {
        for (const Column& c : t->columns)
            names.append(QLatin1String(c.name));
    }
    return names;
}

bool ServerRoles::mayRead(Role role, const QString& table, const QString& column)
{
    if (const TableAccess* t = find(table)) {
        for (const Column& c : t->columns) {
            if (column == QLatin1String(c.name))
                return reads(c.readers, role);
        }
    }
    return false;
}

Status ServerRoles::apply(const Database& db)
{
    const QString database = db.connection().databaseName();
    if (groupOf(database, Role::Administrator).toUtf8().size() > 63)
        return Error(Error::Code::Invalid,
                     tr("The database name %1 is too long for Amparo's roles on the server: use "
                        "a name of at most 49 letters.")
                         .arg(database));
    const QStringList statements = grantStatements(database);
    const QString version = QString::fromLatin1(
        QCryptographicHash::hash(statements.join(u'\n').toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    Result<QSqlQuery> stored =
        db.exec(QStringLiteral("SELECT value FROM app_state WHERE key = 'server_roles'"));
    if (!stored)
        return stored.error();
    if (stored.value().next() && stored.value().value(0).toString() == version)
        return {};

    const QString action = tr("set up Amparo's roles on the server");
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    QStringList groups;
    for (Role role : allRoles())
        groups.append(groupOf(database, role));
    groups.append(mailboxGroupOf(database));
    for (const QString& group : std::as_const(groups)) {
        Result<bool> exists = roleExists(db, group, action);
        if (!exists)
            return exists.error();
        const QString quoted = SqlDialect::identifier(group);
        if (!*exists) {
            if (Status s = db.run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted), {}, action);
                !s)
                return s;
        }
        // The office's sign-in rules (pg_hba.conf) admit members of amparo_users.
        if (Status s = db.run(
                QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles "
                               "WHERE rolname = 'amparo_users') AND NOT "
                               "pg_has_role(%2, 'amparo_users', 'MEMBER') THEN "
                               "GRANT amparo_users TO %1; END IF; END $$")
                    .arg(quoted,
                         u'\'' + QString(group).replace(u'\'', QStringLiteral("''")) + u'\''),
                {}, action);
            !s)
            return s;
    }
    for (const QString& sql : statements) {
        if (Status s = db.run(sql, {}, action); !s)
            return s;
    }
    if (Status s =
            db.run(QStringLiteral("DELETE FROM app_state WHERE key = 'server_roles'"), {}, action);
        !s)
        return s;
    if (Status s =
            db.run(QStringLiteral("INSERT INTO app_state (key, value) VALUES ('server_roles', ?)"),
                   {version}, action);
        !s)
        return s;
    return transaction.commit();
}
