<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditService</name>
    <message numerus="yes">
        <source>%n entries exported (user: %1, action: %2, record: %3, from %4 to %5)</source>
        <translation>
            <numerusform>%n entry exported (user: %1, action: %2, record: %3, from %4 to %5)</numerusform>
            <numerusform>%n entries exported (user: %1, action: %2, record: %3, from %4 to %5)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message numerus="yes">
        <source>%n of them emptied by erasures: who did what and when is kept, not the values.</source>
        <translation>
            <numerusform>%n of them emptied by an erasure: who did what and when is kept, not the values.</numerusform>
            <numerusform>%n of them emptied by erasures: who did what and when is kept, not the values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entries, none changed, removed or moved. Newest hash: %1</source>
        <translation>
            <numerusform>The trail is intact: %n entry, none changed, removed or moved. Newest hash: %1</numerusform>
            <numerusform>The trail is intact: %n entries, none changed, removed or moved. Newest hash: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Too many wrong passphrases for this name. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passphrases for this name. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong passphrases for this name. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message numerus="yes">
        <source>; %n person(s) erased after the backup was made erased again</source>
        <translation>
            <numerusform>; %n person erased after the backup was made erased again</numerusform>
            <numerusform>; %n persons erased after the backup was made erased again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <source>%n open deadline(s) (the next: “%1” on %2)</source>
        <translation>
            <numerusform>%n open deadline (the next: “%1” on %2)</numerusform>
            <numerusform>%n open deadlines (the next: “%1” on %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s) in its plan (the next: “%1” on %2)</source>
        <translation>
            <numerusform>%n open step in its plan (the next: “%1” on %2)</numerusform>
            <numerusform>%n open steps in its plan (the next: “%1” on %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n case found</numerusform>
            <numerusform>%n cases found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a similar name</source>
        <translation>
            <numerusform>%n with a similar name</numerusform>
            <numerusform>%n with a similar name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown, of the %1 persons registered last with this name · more have it: type more of the name, or a document number</source>
        <translation>
            <numerusform>%n case shown, of the %1 persons registered last with this name · more have it: type more of the name, or a document number</numerusform>
            <numerusform>%n cases shown, of the %1 persons registered last with this name · more have it: type more of the name, or a document number</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message numerus="yes">
        <source>Version %1, written by %2 on %3. Accepted by %n user(s) so far.</source>
        <translation>
            <numerusform>Version %1, written by %2 on %3. Accepted by %n user so far.</numerusform>
            <numerusform>Version %1, written by %2 on %3. Accepted by %n users so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictCheckDialog</name>
    <message numerus="yes">
        <source>No possible conflict found among %n name(s).</source>
        <translation>
            <numerusform>No possible conflict found among %n name.</numerusform>
            <numerusform>No possible conflict found among %n names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible conflict(s): look at each before deciding.</source>
        <translation>
            <numerusform>%n possible conflict: look at each before deciding.</numerusform>
            <numerusform>%n possible conflicts: look at each before deciding.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictCheckService</name>
    <message numerus="yes">
        <source>%n possible conflict(s) found</source>
        <translation>
            <numerusform>%n possible conflict found</numerusform>
            <numerusform>%n possible conflicts found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <source>%n coming up.</source>
        <translation>
            <numerusform>%n coming up.</numerusform>
            <numerusform>%n coming up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message numerus="yes">
        <source>Erased: %n case(s) removed whole, </source>
        <translation>
            <numerusform>Erased: %n case removed whole, </numerusform>
            <numerusform>Erased: %n cases removed whole, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept for the rest of the family.</source>
        <translation>
            <numerusform>%n kept for the rest of the family.</numerusform>
            <numerusform>%n kept for the rest of the family.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n field need attention before saving.</numerusform>
            <numerusform>%n fields need attention before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyGroupModel</name>
    <message numerus="yes">
        <source>about %n</source>
        <translation>
            <numerusform>about %n</numerusform>
            <numerusform>about %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>&amp;Import %Ln row(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln row</numerusform>
            <numerusform>&amp;Import %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The last backup of this database was made %n day(s) ago. Make one now?</source>
        <translation>
            <numerusform>The last backup of this database was made %n day ago. Make one now?</numerusform>
            <numerusform>The last backup of this database was made %n days ago. Make one now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 was written to %3 with %n record(s). Only %2 can open it: a lost copy reveals nothing without its keys.</source>
        <translation>
            <numerusform>Package %1 for %2 was written to %3 with %n record. Only %2 can open it: a lost copy reveals nothing without its keys.</numerusform>
            <numerusform>Package %1 for %2 was written to %3 with %n records. Only %2 can open it: a lost copy reveals nothing without its keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait for review</source>
        <translation>
            <numerusform>%n record waits for review</numerusform>
            <numerusform>%n records wait for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refers %n person(s) to you (their case %2, %3), for: %4. Open a new case for them here?</source>
        <translation>
            <numerusform>%1 refers %n person to you (their case %2, %3), for: %4. Open a new case for them here?</numerusform>
            <numerusform>%1 refers %n persons to you (their case %2, %3), for: %4. Open a new case for them here?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberArgument</name>
    <message numerus="yes">
        <source>Case %1 has %n member(s).</source>
        <translation>
            <numerusform>Case %1 has %n member.</numerusform>
            <numerusform>Case %1 has %n members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message numerus="yes">
        <source>%n merge(s) to review.</source>
        <translation>
            <numerusform>%n merge to review.</numerusform>
            <numerusform>%n merges to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message numerus="yes">
        <source>%n identity document(s)</source>
        <translation>
            <numerusform>%n identity document</numerusform>
            <numerusform>%n identity documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>membership of %n case(s)</source>
        <translation>
            <numerusform>membership of %n case</numerusform>
            <numerusform>membership of %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the family group of %1 (%n person(s))</source>
        <translation>
            <numerusform>the family group of %1 (%n person)</numerusform>
            <numerusform>the family group of %1 (%n persons)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkCountsDialog</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The regional report of %n organisation(s) was saved to %1.</source>
        <translation>
            <numerusform>The regional report of %n organisation was saved to %1.</numerusform>
            <numerusform>The regional report of %n organisations was saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message numerus="yes">
        <source>about %n years</source>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message numerus="yes">
        <source>%n organisation(s) added, %1 updated.</source>
        <translation>
            <numerusform>%n organisation added, %1 updated.</numerusform>
            <numerusform>%n organisations added, %1 updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message numerus="yes">
        <source>%n audit entries emptied.</source>
        <translation>
            <numerusform>%n audit entry emptied.</numerusform>
            <numerusform>%n audit entries emptied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesListDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of persons who may be one.</source>
        <translation>
            <numerusform>%n pair of persons who may be one.</numerusform>
            <numerusform>%n pairs of persons who may be one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n closed case(s) past the period: erase, anonymize or keep each.</source>
        <translation>
            <numerusform>%n closed case past the period: erase, anonymize or keep it.</numerusform>
            <numerusform>%n closed cases past the period: erase, anonymize or keep each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase case %1 and its %n member(s) for good?</source>
        <translation>
            <numerusform>Erase case %1 and its %n member for good?</numerusform>
            <numerusform>Erase case %1 and its %n members for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReunificationSearchView</name>
    <message numerus="yes">
        <source>%n possible person(s), the most alike first. Check the reasons before saying anything to the family.</source>
        <translation>
            <numerusform>%n possible person, the most alike first. Check the reasons before saying anything to the family.</numerusform>
            <numerusform>%n possible persons, the most alike first. Check the reasons before saying anything to the family.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message numerus="yes">
        <source>%n action(s) updated.</source>
        <translation>
            <numerusform>%n action updated.</numerusform>
            <numerusform>%n actions updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message numerus="yes">
        <source>A follow-up will be due %n day(s) after the screening, flagged from day %1.</source>
        <translation>
            <numerusform>A follow-up will be due %n day after the screening, flagged from day %1.</numerusform>
            <numerusform>A follow-up will be due %n days after the screening, flagged from day %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A follow-up will be due %n day(s) after the screening.</source>
        <translation>
            <numerusform>A follow-up will be due %n day after the screening.</numerusform>
            <numerusform>A follow-up will be due %n days after the screening.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message numerus="yes">
        <source>Package %1 for %2 written to %3: %n record(s), %4 removal(s). It opens only with %2&apos;s keys.</source>
        <translation>
            <numerusform>Package %1 for %2 written to %3: %n record, %4 removal(s). It opens only with %2&apos;s keys.</numerusform>
            <numerusform>Package %1 for %2 written to %3: %n records, %4 removal(s). It opens only with %2&apos;s keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>%n record(s) had been changed here too: they were not overwritten, and wait in Administration → Review list for someone to choose the version that stays.</source>
        <translation>
            <numerusform>%n record had been changed here too: it was not overwritten, and waits in Administration → Review list for someone to choose the version that stays.</numerusform>
            <numerusform>%n records had been changed here too: they were not overwritten, and wait in Administration → Review list for someone to choose the version that stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 was left on the server with %n record(s); %2 applies it at its next exchange.</source>
        <translation>
            <numerusform>Package %1 for %2 was left on the server with %n record; %2 applies it at its next exchange.</numerusform>
            <numerusform>Package %1 for %2 was left on the server with %n records; %2 applies it at its next exchange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An answer for %1 (package %2, %n record(s)) waits on the server until %1 exchanges.</source>
        <translation>
            <numerusform>An answer for %1 (package %2, %n record) waits on the server until %1 exchanges.</numerusform>
            <numerusform>An answer for %1 (package %2, %n records) waits on the server until %1 exchanges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TracingRequestsView</name>
    <message numerus="yes">
        <source>%n child match(es) wait for legal staff</source>
        <translation>
            <numerusform>%n child match(es) wait for legal staff</numerusform>
            <numerusform>%n child match(es) wait for legal staff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n possible match(es) wait for review.</source>
        <translation>
            <numerusform>Done: %n possible match(es) wait for review.</numerusform>
            <numerusform>Done: %n possible match(es) wait for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransfersDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
</TS>
