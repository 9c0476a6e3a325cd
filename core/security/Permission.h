#pragma once

#include "core/common/EnumTable.h"

// Everything a service can be asked to do that not every role may do.
enum class Permission
{
    ViewCaseList,            // the list of cases: names, nationality, status, site
    ViewCase,                // open a case: its members as reunification needs them
    ViewExactBirthDates,     // full dates of birth (others see the year)
    ViewDocumentsAndContact, // identity documents, phone numbers
    ViewNotes,               // notes, closure reasons and other free text
    CreateCase,
    EditCase,
    ManageSites,
    ManageUsers,
    ViewAudit, // browse, export and verify the audit trail
    MakeBackup,
    RestoreBackup,
    ViewAggregates,     // anonymized counts
    ViewRisk,           // risk screenings, levels, categories, specific needs
    EditRisk,           // screen, reassess, update actions and specific needs
    ViewLegal,          // legal procedures, deadlines, conflict checks
    EditLegal,          // open procedures, record events, manage deadlines, run conflict checks
    TraceFamilies,      // search for relatives, register tracing requests, review their matches
    ReviewChildMatches, // review the matches of unaccompanied and separated children
    ImportCases,        // bring persons and cases in from spreadsheets and CSV files
    SetCountThreshold,  // raise the smallest count statistics show, for the whole organisation
    InventedData,   // add invented people (demonstration data, generated populations), remove them
    MergeRecords,   // make two records of one person (or two cases of one family) one, undo it
    Refer,          // refer persons to partner organisations, record answers and referrals received
    ManagePartners, // keep the directory of partner organisations
    PlanCases,      // read and keep case plans: goals, actions, follow-ups
    AnswerDataRequests, // answer people's requests about their data: see, correct, erase
    DocumentIncidents,  // record and read what happened to persons of a case, narrative included
    MonitorProtection,  // run protection-monitoring rounds: anonymous, coded interviews
    NetworkCounts       // send counts to a network's coordinator; add up organisations' counts
};

// Database codes and descriptions of Permission ("read legal notes").
const EnumTable<Permission>& permissionCodes();
