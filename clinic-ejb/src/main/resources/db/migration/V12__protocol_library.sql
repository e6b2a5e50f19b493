-- The ART protocol library (issue 11, docs/decisions/0029). Written once for H2 (PostgreSQL mode)
-- and PostgreSQL. Protocols are never deleted (a signed note may name one): retired ones keep
-- their row with status RETIRED. The library itself is loaded at start-up when the table is empty
-- (ProtocolLibrarySeeder), from the same JSON an export writes.
CREATE TABLE protocol (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    name              VARCHAR(120)  NOT NULL,
    search_name       VARCHAR(120)  NOT NULL,
    region_group      VARCHAR(20)   NOT NULL,
    region            VARCHAR(20)   NOT NULL,
    structure         VARCHAR(120)  NOT NULL,
    search_structure  VARCHAR(120)  NOT NULL,
    tissue            VARCHAR(12)   NOT NULL,
    sides             VARCHAR(30)   NOT NULL,
    start_position    VARCHAR(600)  NOT NULL,
    contact_point     VARCHAR(600)  NOT NULL,
    tension_direction VARCHAR(600)  NOT NULL,
    movement          VARCHAR(600)  NOT NULL,
    typical_passes    INTEGER       NOT NULL,
    notes             VARCHAR(2000),
    status            VARCHAR(10)   NOT NULL DEFAULT 'ACTIVE',
    -- one protocol per name, ignoring case, accents and punctuation; the side is chosen when charting
    CONSTRAINT uk_protocol_search_name UNIQUE (search_name),
    CONSTRAINT ck_protocol_region_group CHECK (region_group IN
        ('SPINE', 'UPPER_EXTREMITY', 'LOWER_EXTREMITY', 'NERVE_ENTRAPMENT')),
    CONSTRAINT ck_protocol_region CHECK (region IN ('HEAD', 'NECK', 'UPPER_BACK', 'LOW_BACK', 'SHOULDER', 'ELBOW',
        'WRIST_HAND', 'HIP', 'KNEE', 'ANKLE_FOOT')),
    CONSTRAINT ck_protocol_tissue CHECK (tissue IN ('MUSCLE', 'TENDON', 'LIGAMENT', 'FASCIA', 'NERVE')),
    CONSTRAINT ck_protocol_status CHECK (status IN ('ACTIVE', 'RETIRED')),
    CONSTRAINT ck_protocol_passes CHECK (typical_passes BETWEEN 1 AND 10)
);

-- the page's and the API's filters: each starts with the filtered column, then the status that
-- hides retired protocols, then the name the list is ordered by
CREATE INDEX ix_protocol_region ON protocol (region, status, search_name);
CREATE INDEX ix_protocol_region_group ON protocol (region_group, status, search_name);
CREATE INDEX ix_protocol_tissue ON protocol (tissue, status, search_name);
CREATE INDEX ix_protocol_status_name ON protocol (status, search_name);
CREATE INDEX ix_protocol_search_structure ON protocol (search_structure);

-- ICD-10-CM codes a protocol is indicated for; searched by prefix ("M54" finds M54.2 and M54.50)
CREATE TABLE protocol_indication (
    protocol_id BIGINT     NOT NULL,
    code        VARCHAR(8) NOT NULL,
    CONSTRAINT pk_protocol_indication PRIMARY KEY (protocol_id, code),
    CONSTRAINT fk_protocol_indication_protocol FOREIGN KEY (protocol_id) REFERENCES protocol (id)
);
CREATE INDEX ix_protocol_indication_code ON protocol_indication (code, protocol_id);

-- related structures up and down the kinetic chain: what to suggest treating next
CREATE TABLE protocol_link (
    protocol_id BIGINT NOT NULL,
    related_id  BIGINT NOT NULL,
    CONSTRAINT pk_protocol_link PRIMARY KEY (protocol_id, related_id),
    CONSTRAINT fk_protocol_link_protocol FOREIGN KEY (protocol_id) REFERENCES protocol (id),
    CONSTRAINT fk_protocol_link_related FOREIGN KEY (related_id) REFERENCES protocol (id),
    CONSTRAINT ck_protocol_link_not_self CHECK (protocol_id <> related_id)
);
CREATE INDEX ix_protocol_link_related ON protocol_link (related_id);
