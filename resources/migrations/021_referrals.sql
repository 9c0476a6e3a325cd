-- Amparo schema version 21: referrals between organisations (issue 22).
--   partners        the organisations a case can be referred to or come from, kept by
--                   administrators: the services they offer (codes of the inter-agency
--                   referral form, comma-separated), the areas they serve, a contact, the
--                   language their referral forms are written in, and, when they use Amparo,
--                   the site card an encrypted referral package is sealed for.
--   referrals       one referral of persons of a case: outgoing (made by us, with its life
--                   sent → accepted or declined → delivered, or withdrawn) or incoming (who
--                   referred the person to us). `shared` lists exactly which pieces of
--                   information travelled; `consent_override` the reason legal staff gave for
--                   referring without the case's consent to referral (empty: consented).
--   deadlines       an outgoing referral's answer is due by its priority (referral_id).
CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    uid BLOB,
    origin TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    services TEXT NOT NULL DEFAULT '',
    areas TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'es' CHECK (language IN ('es', 'pt_BR', 'en')),
    site_card TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX partners_uid ON partners (uid);
CREATE TRIGGER partners_new_uid AFTER INSERT ON partners WHEN NEW.uid IS NULL
BEGIN
    UPDATE partners SET uid = randomblob(16) WHERE id = NEW.id;
END;

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    uid BLOB,
    origin TEXT NOT NULL DEFAULT '',
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners (id),
    direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    priority TEXT NOT NULL CHECK (priority IN ('emergency', 'urgent', 'normal')),
    services TEXT NOT NULL,
    reasons TEXT NOT NULL DEFAULT '',
    shared TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL
        CHECK (state IN ('sent', 'accepted', 'declined', 'delivered', 'withdrawn', 'received')),
    state_note TEXT NOT NULL DEFAULT '',
    consent_override TEXT NOT NULL DEFAULT '',
    made_on TEXT NOT NULL,
    made_by TEXT NOT NULL,
    answered_on TEXT,
    closed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX referrals_uid ON referrals (uid);
CREATE INDEX referrals_case ON referrals (case_id);
CREATE INDEX referrals_partner ON referrals (partner_id, state);
CREATE TRIGGER referrals_new_uid AFTER INSERT ON referrals WHEN NEW.uid IS NULL
BEGIN
    UPDATE referrals SET uid = randomblob(16) WHERE id = NEW.id;
END;

CREATE TABLE referral_persons (
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    PRIMARY KEY (referral_id, person_id)
);
CREATE INDEX referral_persons_person ON referral_persons (person_id);

ALTER TABLE deadlines ADD COLUMN referral_id INTEGER REFERENCES referrals (id) ON DELETE CASCADE;
CREATE INDEX deadlines_referral ON deadlines (referral_id);

CREATE TRIGGER partners_noted_insert AFTER INSERT ON partners
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('partners', NEW.id);
END;
CREATE TRIGGER partners_noted_update AFTER UPDATE ON partners
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('partners', NEW.id);
END;
CREATE TRIGGER partners_noted_delete AFTER DELETE ON partners
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('partners', OLD.id, OLD.uid);
END;
CREATE TRIGGER referrals_noted_insert AFTER INSERT ON referrals
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('referrals', NEW.id);
END;
CREATE TRIGGER referrals_noted_update AFTER UPDATE ON referrals
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('referrals', NEW.id);
END;
CREATE TRIGGER referrals_noted_delete AFTER DELETE ON referrals
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('referrals', OLD.id, OLD.uid);
END;
CREATE TRIGGER referral_persons_noted_insert AFTER INSERT ON referral_persons
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('referrals', NEW.referral_id);
END;
CREATE TRIGGER referral_persons_noted_update AFTER UPDATE ON referral_persons
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('referrals', NEW.referral_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'referrals', OLD.referral_id WHERE OLD.referral_id <> NEW.referral_id;
END;
CREATE TRIGGER referral_persons_noted_delete AFTER DELETE ON referral_persons
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('referrals', OLD.referral_id);
END;
