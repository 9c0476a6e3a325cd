-- Amparo schema version 18: a person's phone number found whatever its punctuation or country
-- code (issue 21: registering checks first for the same person). The last nine digits of the
-- number, punctuation removed, are indexed; IntakeCheck asks with the same expression.
CREATE INDEX persons_phone_end ON persons (
    substr(replace(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '+', ''),
        '(', ''), ')', ''), '.', ''), '/', ''), '-', ''), -9));
