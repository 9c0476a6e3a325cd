#include "core/sync/RecordCatalogue.h"

namespace {
const QString persons = QStringLiteral("persons");
const QString cases = QStringLiteral("cases");

QHash<QString, QString> refs(std::initializer_list<std::pair<const char*, const QString&>> list)
{
    QHash<QString, QString> out;
    for (const auto& [column, kind] : list)
        out.insert(QString::fromLatin1(column), kind);
    return out;
}
} // namespace

const QList<RecordKind>& RecordCatalogue::kinds()
{
    static const QString sites = QStringLiteral("sites");
    static const QString users = QStringLiteral("users");
    static const QString screenings = QStringLiteral("screenings");
    static const QString procedures = QStringLiteral("procedures");
    static const QString events = QStringLiteral("procedure_events");
    static const QString requests = QStringLiteral("tracing_requests");
    static const QString partners = QStringLiteral("partners");
    static const QString referrals = QStringLiteral("referrals");
    static const QString goals = QStringLiteral("case_goals");
    static const QString rounds = QStringLiteral("monitoring_rounds");
    static const QList<RecordKind> all{
        {sites, QStringLiteral("code"), {}, {}, {}},
        {users,
         QStringLiteral("username"),
         {},
         {},
         {QStringLiteral("passphrase_hash"), QStringLiteral("passphrase_changed_at")}},
        {persons,
         {},
         {},
         {{QStringLiteral("person_nationalities"), QStringLiteral("person_id"), {}},
          {QStringLiteral("person_other_names"), QStringLiteral("person_id"), {}},
          {QStringLiteral("person_name_keys"), QStringLiteral("person_id"), {}}},
         {}},
        {QStringLiteral("person_documents"), {}, refs({{"person_id", persons}}), {}, {}},
        {cases,
         {},
         refs({{"principal_id", persons}, {"site_id", sites}}),
         {{QStringLiteral("case_members"), QStringLiteral("case_id"),
           refs({{"person_id", persons}})},
          {QStringLiteral("case_consents"), QStringLiteral("case_id"), {}},
          {QStringLiteral("case_risk"), QStringLiteral("case_id"), {}},
          {QStringLiteral("case_risk_categories"), QStringLiteral("case_id"), {}},
          {QStringLiteral("merged_case_numbers"), QStringLiteral("case_id"), {}}},
         {}},
        {QStringLiteral("case_notes"), {}, refs({{"case_id", cases}}), {}, {}},
        {QStringLiteral("conflict_checks"), {}, refs({{"case_id", cases}}), {}, {}},
        {QStringLiteral("opposing_parties"), {}, refs({{"case_id", cases}}), {}, {}},
        {screenings,
         {},
         refs({{"assessor_user_id", users}, {"person_id", persons}, {"case_id", cases}}),
         {{QStringLiteral("screening_indicators"), QStringLiteral("screening_id"), {}},
          {QStringLiteral("screening_levels"), QStringLiteral("screening_id"), {}},
          {QStringLiteral("screening_suggestions"), QStringLiteral("screening_id"), {}},
          {QStringLiteral("screening_checklist"), QStringLiteral("screening_id"), {}},
          {QStringLiteral("screening_levels_replaced"), QStringLiteral("screening_id"), {}}},
         {}},
        {QStringLiteral("screening_actions"), {}, refs({{"screening_id", screenings}}), {}, {}},
        {QStringLiteral("person_specific_needs"),
         {},
         refs({{"screening_id", screenings}, {"person_id", persons}}),
         {},
         {}},
        {procedures,
         {},
         refs({{"case_id", cases}}),
         {{QStringLiteral("procedure_persons"), QStringLiteral("procedure_id"),
           refs({{"person_id", persons}})}},
         {}},
        {events, {}, refs({{"procedure_id", procedures}}), {}, {}},
        {partners, {}, {}, {}, {}},
        {referrals,
         {},
         refs({{"case_id", cases}, {"partner_id", partners}}),
         {{QStringLiteral("referral_persons"), QStringLiteral("referral_id"),
           refs({{"person_id", persons}})}},
         {}},
        {goals, {}, refs({{"case_id", cases}}), {}, {}},
        {QStringLiteral("case_plan_steps"),
         {},
         refs({{"case_id", cases}, {"goal_id", goals}}),
         {},
         {}},
        {QStringLiteral("deadlines"),
         {},
         refs({{"person_id", persons},
               {"screening_id", screenings},
               {"referral_id", referrals},
               {"event_id", events},
               {"procedure_id", procedures},
               {"case_id", cases}}),
         {},
         {}},
        {requests,
         {},
         refs({{"found_person_id", persons},
               {"inquirer_person_id", persons},
               {"case_id", cases},
               {"site_id", sites}}),
         {{QStringLiteral("tracing_request_keys"), QStringLiteral("request_id"), {}}},
         {}},
        {QStringLiteral("tracing_request_history"), {}, refs({{"request_id", requests}}), {}, {}},
        {QStringLiteral("match_proposals"),
         {},
         refs({{"person_id", persons}, {"request_id", requests}}),
         {},
         {}},
        {QStringLiteral("incidents"),
         {},
         refs({{"case_id", cases}, {"person_id", persons}}),
         {},
         {}},
        {rounds, {}, refs({{"site_id", sites}}), {}, {}},
        {QStringLiteral("monitoring_interviews"),
         {},
         refs({{"round_id", rounds}}),
         {{QStringLiteral("interview_incidents"), QStringLiteral("interview_id"), {}}},
         {}},
        {QStringLiteral("family_links"),
         {},
         refs({{"relative_id", persons}, {"person_id", persons}}),
         {},
         {}},
    };
    return all;
}

int RecordCatalogue::position(const QString& table)
{
    // Asked for every comparison of a sort.
    static const QHash<QString, int> positions = [] {
        QHash<QString, int> out;
        for (int i = 0; i < kinds().size(); ++i)
            out.insert(kinds()[i].table, i);
        return out;
    }();
    return positions.value(table, int(positions.size()));
}

const RecordKind* RecordCatalogue::find(const QString& table)
{
    for (const RecordKind& k : kinds()) {
        if (k.table == table)
            return &k;
    }
    return nullptr;
}

const QStringList& RecordCatalogue::localTables()
{
    static const QStringList tables{
        QStringLiteral("app_state"), QStringLiteral("audit_head"), QStringLiteral("audit_log"),
        QStringLiteral("case_number_sequences"), QStringLiteral("person_search"),
        QStringLiteral("sign_in_failures"), QStringLiteral("sync_aliases"),
        QStringLiteral("sync_arrivals"), QStringLiteral("sync_identity"),
        QStringLiteral("sync_journal"), QStringLiteral("sync_sent_packages"),
        QStringLiteral("sync_reviews"), QStringLiteral("sync_decisions"),
        QStringLiteral("site_audit_log"), QStringLiteral("sync_sites"),
        QStringLiteral("sync_office_server"), QStringLiteral("sync_mailbox"),
        QStringLiteral("amparo_meta"),
        // Each database keeps its own code of conduct and who accepted it there.
        QStringLiteral("conduct_codes"), QStringLiteral("conduct_acceptances"),
        // Each database logs what left it, like its audit trail.
        QStringLiteral("transfers"),
        // Requests about a person's data are answered where they were made; an erasure is
        // re-applied where it was made, after a restore there.
        QStringLiteral("data_requests"), QStringLiteral("erasures"),
        // Each database keeps the cases it keeps for as long as it decided.
        QStringLiteral("retention_rules"), QStringLiteral("retention_reviews"),
        // A merge is undone only where it was made, from what was kept there.
        QStringLiteral("merges")};
    return tables;
}
