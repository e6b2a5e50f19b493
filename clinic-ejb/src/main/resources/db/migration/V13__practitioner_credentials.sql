-- Practitioner credentials (issue 11; docs/decisions/0030): the state licence a practitioner
-- practises under and their ART certifications, one per course. Charting asks whether they cover
-- a protocol's region group; the practitioners page and My day warn 60 days before an expiry.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE practitioner_credentials (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    version             BIGINT      NOT NULL DEFAULT 0,
    practitioner_id     BIGINT      NOT NULL,
    licence_profession  VARCHAR(30),
    licence_number      VARCHAR(30),
    licence_state       VARCHAR(2),
    licence_expires_on  DATE,
    CONSTRAINT uk_credentials_practitioner UNIQUE (practitioner_id),
    CONSTRAINT fk_credentials_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    -- a licence is recorded whole or not at all
    CONSTRAINT ck_credentials_licence CHECK ((licence_profession IS NULL AND licence_number IS NULL
        AND licence_state IS NULL AND licence_expires_on IS NULL) OR (licence_profession IS NOT NULL
        AND licence_number IS NOT NULL AND licence_state IS NOT NULL AND licence_expires_on IS NOT NULL))
);
-- the warnings: licences expiring by a date
CREATE INDEX ix_credentials_licence_expiry ON practitioner_credentials (licence_expires_on);

CREATE TABLE practitioner_certification (
    credentials_id  BIGINT      NOT NULL,
    course          VARCHAR(20) NOT NULL,
    certified_on    DATE        NOT NULL,
    expires_on      DATE        NOT NULL,
    CONSTRAINT pk_practitioner_certification PRIMARY KEY (credentials_id, course),
    CONSTRAINT fk_certification_credentials FOREIGN KEY (credentials_id) REFERENCES practitioner_credentials (id),
    CONSTRAINT ck_certification_course CHECK (course IN ('SPINE', 'UPPER_EXTREMITY', 'LOWER_EXTREMITY',
        'NERVE_ENTRAPMENT')),
    CONSTRAINT ck_certification_dates CHECK (expires_on >= certified_on)
);
-- the warnings: certifications expiring by a date
CREATE INDEX ix_certification_expiry ON practitioner_certification (expires_on);
