-- A secret per practitioner for the address of their calendar feed (.ics), which calendar apps
-- fetch without signing in. Empty until the front desk first shows the feed address.
ALTER TABLE practitioner ADD COLUMN calendar_feed_token VARCHAR(64);
ALTER TABLE practitioner ADD CONSTRAINT uk_practitioner_feed_token UNIQUE (calendar_feed_token);
