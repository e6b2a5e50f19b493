-- A patient's phone in E.164 form ("+13125550100"), so that the duplicate check finds the same
-- number however it was typed ("+1 312 555 0100", "312-555-0100"). The application fills it with
-- libphonenumber on every save (PhoneNumbers); the phone column keeps what was typed.
ALTER TABLE patient ADD COLUMN phone_e164 VARCHAR(20);

-- Rows saved before this column existed: numbers typed with a country code, and North American
-- numbers (the default region, US) of 10 digits or 11 starting with 1. Anything else (another
-- region, an extension) is filled the next time the patient's record is saved.
UPDATE patient SET phone_e164 = '+' || phone_digits
 WHERE phone IS NOT NULL AND phone LIKE '+%' AND LENGTH(phone_digits) BETWEEN 8 AND 15;
UPDATE patient SET phone_e164 = '+1' || phone_digits
 WHERE phone IS NOT NULL AND phone NOT LIKE '+%' AND LENGTH(phone_digits) = 10;
UPDATE patient SET phone_e164 = '+' || phone_digits
 WHERE phone IS NOT NULL AND phone NOT LIKE '+%' AND LENGTH(phone_digits) = 11 AND phone_digits LIKE '1%';

CREATE INDEX ix_patient_phone_e164 ON patient (phone_e164);
