-- The calendar feed's secret is kept only as its SHA-256 digest, expires, and by default names no
-- patient (issue 13, decision 0040). Addresses made before this version held the secret itself;
-- they stop working and the front desk makes new ones (the page offers it).
ALTER TABLE practitioner ADD COLUMN calendar_feed_digest VARCHAR(64);
ALTER TABLE practitioner ADD COLUMN calendar_feed_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE practitioner ADD COLUMN calendar_feed_names BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE practitioner ADD CONSTRAINT uq_practitioner_calendar_feed_digest UNIQUE (calendar_feed_digest);
ALTER TABLE practitioner DROP CONSTRAINT uk_practitioner_feed_token;
ALTER TABLE practitioner DROP COLUMN calendar_feed_token;
