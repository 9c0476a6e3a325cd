#include "Permission.h"

const EnumTable<Permission>& permissionCodes()
{
    static const EnumTable<Permission> table(
        "Permission",
        {
            {Permission::ViewCaseList, "view_case_list",
             QT_TRANSLATE_NOOP("Permission", "see the list of cases")},
            {Permission::ViewCase, "view_case", QT_TRANSLATE_NOOP("Permission", "open a case")},
            {Permission::ViewExactBirthDates, "view_birth_dates",
             QT_TRANSLATE_NOOP("Permission", "see exact dates of birth")},
            {Permission::ViewDocumentsAndContact, "view_documents",
             QT_TRANSLATE_NOOP("Permission", "see identity documents and contact details")},
            {Permission::ViewNotes, "view_notes",
             QT_TRANSLATE_NOOP("Permission", "read case notes")},
            {Permission::CreateCase, "create_case",
             QT_TRANSLATE_NOOP("Permission", "register cases")},
            {Permission::EditCase, "edit_case", QT_TRANSLATE_NOOP("Permission", "change cases")},
            {Permission::ManageSites, "manage_sites",
             QT_TRANSLATE_NOOP("Permission", "manage sites")},
            {Permission::ManageUsers, "manage_users",
             QT_TRANSLATE_NOOP("Permission", "manage users")},
            {Permission::ViewAudit, "view_audit",
             QT_TRANSLATE_NOOP("Permission", "see the audit trail")},
            {Permission::MakeBackup, "make_backup",
             QT_TRANSLATE_NOOP("Permission", "make backups")},
            {Permission::RestoreBackup, "restore_backup",
             QT_TRANSLATE_NOOP("Permission", "restore backups")},
            {Permission::ViewAggregates, "view_aggregates",
             QT_TRANSLATE_NOOP("Permission", "see statistics")},
            {Permission::ViewRisk, "view_risk",
             QT_TRANSLATE_NOOP("Permission", "see risk screenings")},
            {Permission::EditRisk, "edit_risk", QT_TRANSLATE_NOOP("Permission", "screen for risk")},
            {Permission::ViewLegal, "view_legal",
             QT_TRANSLATE_NOOP("Permission", "see legal procedures and deadlines")},
            {Permission::EditLegal, "edit_legal",
             QT_TRANSLATE_NOOP("Permission", "follow legal procedures")},
            {Permission::TraceFamilies, "trace_families",
             QT_TRANSLATE_NOOP("Permission", "look for relatives and register tracing requests")},
            {Permission::ReviewChildMatches, "review_child_matches",
             QT_TRANSLATE_NOOP("Permission",
                               "review matches of unaccompanied and separated children")},
            {Permission::ImportCases, "import_cases",
             QT_TRANSLATE_NOOP("Permission", "import cases from spreadsheets")},
        });
    return table;
}
