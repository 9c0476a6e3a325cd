-- Amparo schema version 18 on PostgreSQL (see ../018_phone_lookup.sql): the last nine digits
-- of a person's phone number, indexed.
CREATE INDEX persons_phone_end ON persons (
    right(replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '+', ''),
        '(', ''), ')', ''), '.', ''), '/', ''), '-', ''), 9));
