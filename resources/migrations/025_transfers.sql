-- Amparo schema version 25: transfers of personal data out of this database (issue 23).
--   partners.agreement  the data-sharing agreement a partner's referrals rely on (a reference
--                       administrators enter: its title, number or date).
--   transfers           every referral form, referral package and sync package that carried
--                       personal data out: when, who, to whom, under which agreement, for
--                       which case and how many persons, and which pieces of information.
--                       Kept here only and never changed, like the audit trail: the case is
--                       named by its number as it was, not referred to (a merge moves nothing
--                       here).
ALTER TABLE partners ADD COLUMN agreement TEXT NOT NULL DEFAULT '';

CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    by_user TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('referral_form', 'referral_package', 'sync_package')),
    recipient TEXT NOT NULL,
    agreement TEXT NOT NULL DEFAULT '',
    case_number TEXT NOT NULL DEFAULT '',
    persons INTEGER NOT NULL DEFAULT 0,
    contents TEXT NOT NULL DEFAULT ''
);
CREATE INDEX transfers_at ON transfers (at);
