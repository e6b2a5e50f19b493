-- Front desk: clinic set-up, the patient registry and the schedule.
-- Written once for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE location (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    name                VARCHAR(80)  NOT NULL,
    time_zone           VARCHAR(60)  NOT NULL,
    phone               VARCHAR(40),
    address_line1       VARCHAR(120),
    address_line2       VARCHAR(120),
    address_city        VARCHAR(80),
    address_region      VARCHAR(80),
    address_postal_code VARCHAR(20),
    address_country     VARCHAR(80),
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_location_name UNIQUE (name)
);

CREATE TABLE room (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    location_id BIGINT      NOT NULL,
    name        VARCHAR(60) NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_room_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT uk_room_name UNIQUE (location_id, name)
);

CREATE TABLE practitioner (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    display_name    VARCHAR(120) NOT NULL,
    discipline      VARCHAR(30)  NOT NULL,
    npi             VARCHAR(10),
    colour          VARCHAR(7)   NOT NULL,
    user_account_id BIGINT,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_practitioner_user FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT uk_practitioner_npi UNIQUE (npi),
    CONSTRAINT uk_practitioner_user UNIQUE (user_account_id),
    CONSTRAINT ck_practitioner_discipline CHECK (discipline IN
        ('CHIROPRACTOR', 'PHYSICAL_THERAPIST', 'MASSAGE_THERAPIST', 'ATHLETIC_TRAINER', 'PHYSICIAN'))
);

CREATE TABLE working_hours (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    practitioner_id BIGINT      NOT NULL,
    location_id     BIGINT      NOT NULL,
    day_of_week     VARCHAR(10) NOT NULL,
    start_time      TIME        NOT NULL,
    end_time        TIME        NOT NULL,
    CONSTRAINT fk_working_hours_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_working_hours_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT ck_working_hours_order CHECK (end_time > start_time)
);
CREATE INDEX ix_working_hours_practitioner ON working_hours (practitioner_id, location_id);

CREATE TABLE schedule_exception (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    practitioner_id BIGINT,
    location_id     BIGINT,
    kind            VARCHAR(10)  NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(120) NOT NULL,
    CONSTRAINT fk_schedule_exception_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_schedule_exception_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT ck_schedule_exception_owner CHECK (practitioner_id IS NOT NULL OR location_id IS NOT NULL),
    CONSTRAINT ck_schedule_exception_order CHECK (ends_at > starts_at)
);
CREATE INDEX ix_schedule_exception_practitioner ON schedule_exception (practitioner_id, starts_at);
CREATE INDEX ix_schedule_exception_location ON schedule_exception (location_id, starts_at);

CREATE TABLE appointment_type (
    id               BIGINT      NOT NULL PRIMARY KEY,
    version          BIGINT      NOT NULL DEFAULT 0,
    name             VARCHAR(80) NOT NULL,
    duration_minutes INTEGER     NOT NULL,
    colour           VARCHAR(7)  NOT NULL,
    needs_room       BOOLEAN     NOT NULL,
    active           BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_appointment_type_name UNIQUE (name)
);

-- Chart numbers come from their own sequence so that they are short and never reused.
CREATE SEQUENCE patient_chart_seq START WITH 1001 INCREMENT BY 1;

CREATE TABLE patient (
    id                             BIGINT       NOT NULL PRIMARY KEY,
    version                        BIGINT       NOT NULL DEFAULT 0,
    chart_number                   VARCHAR(20)  NOT NULL,
    given_name                     VARCHAR(80)  NOT NULL,
    family_name                    VARCHAR(80)  NOT NULL,
    search_given                   VARCHAR(80)  NOT NULL,
    search_family                  VARCHAR(80)  NOT NULL,
    birth_date                     DATE         NOT NULL,
    sex                            VARCHAR(10)  NOT NULL,
    phone                          VARCHAR(40),
    phone_digits                   VARCHAR(20)  NOT NULL,
    email                          VARCHAR(254),
    address_line1                  VARCHAR(120),
    address_line2                  VARCHAR(120),
    address_city                   VARCHAR(80),
    address_region                 VARCHAR(80),
    address_postal_code            VARCHAR(20),
    address_country                VARCHAR(80),
    emergency_contact_name         VARCHAR(120),
    emergency_contact_phone        VARCHAR(40),
    emergency_contact_relationship VARCHAR(40),
    preferred_contact              VARCHAR(10),
    occupation                     VARCHAR(120),
    work_setup                     VARCHAR(500),
    sport_training_load            VARCHAR(500),
    referral_source                VARCHAR(120),
    alerts                         VARCHAR(500),
    active                         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_patient_chart_number UNIQUE (chart_number)
);
-- Search by name prefix (family or given), birth date, phone digits, email.
CREATE INDEX ix_patient_search_family ON patient (search_family, search_given);
CREATE INDEX ix_patient_search_given ON patient (search_given);
CREATE INDEX ix_patient_birth_date ON patient (birth_date);
CREATE INDEX ix_patient_phone_digits ON patient (phone_digits);
CREATE INDEX ix_patient_email ON patient (email);

CREATE TABLE insurance_policy (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    patient_id              BIGINT        NOT NULL,
    priority                VARCHAR(10)   NOT NULL,
    payer_name              VARCHAR(120)  NOT NULL,
    member_id               VARCHAR(40)   NOT NULL,
    group_number            VARCHAR(40),
    subscriber_name         VARCHAR(120),
    subscriber_relationship VARCHAR(10)   NOT NULL,
    copay_amount            NUMERIC(12, 2),
    authorized_visits       INTEGER,
    authorization_start     DATE,
    authorization_end       DATE,
    active                  BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_insurance_policy_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
CREATE INDEX ix_insurance_policy_patient ON insurance_policy (patient_id);

CREATE TABLE appointment_series (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    patient_id     BIGINT      NOT NULL,
    first_day      DATE        NOT NULL,
    start_time     TIME        NOT NULL,
    length_minutes INTEGER     NOT NULL,
    week_days      VARCHAR(20) NOT NULL,
    weeks          INTEGER     NOT NULL,
    created_by     VARCHAR(50) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_appointment_series_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);

CREATE TABLE appointment (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    patient_id           BIGINT       NOT NULL,
    practitioner_id      BIGINT       NOT NULL,
    location_id          BIGINT       NOT NULL,
    room_id              BIGINT,
    appointment_type_id  BIGINT,
    series_id            BIGINT,
    starts_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    status               VARCHAR(15)  NOT NULL,
    notes                VARCHAR(500),
    booked_by            VARCHAR(50)  NOT NULL,
    booked_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_in_at        TIMESTAMP WITH TIME ZONE,
    copay_collected      NUMERIC(12, 2),
    treatment_started_at TIMESTAMP WITH TIME ZONE,
    completed_at         TIMESTAMP WITH TIME ZONE,
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancellation_reason  VARCHAR(200),
    late_cancellation    BOOLEAN      NOT NULL DEFAULT FALSE,
    no_show_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_appointment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_appointment_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_appointment_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT fk_appointment_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_appointment_type FOREIGN KEY (appointment_type_id) REFERENCES appointment_type (id),
    CONSTRAINT fk_appointment_series FOREIGN KEY (series_id) REFERENCES appointment_series (id),
    CONSTRAINT ck_appointment_order CHECK (ends_at > starts_at),
    CONSTRAINT ck_appointment_status CHECK (status IN
        ('BOOKED', 'ARRIVED', 'IN_TREATMENT', 'COMPLETED', 'CANCELLED', 'NO_SHOW'))
);
-- Calendar views and conflict checks are range queries on the start column.
CREATE INDEX ix_appointment_practitioner_start ON appointment (practitioner_id, starts_at);
CREATE INDEX ix_appointment_room_start ON appointment (room_id, starts_at);
CREATE INDEX ix_appointment_patient_start ON appointment (patient_id, starts_at);
CREATE INDEX ix_appointment_start ON appointment (starts_at);
CREATE INDEX ix_appointment_series ON appointment (series_id);

CREATE TABLE waitlist_entry (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    patient_id BIGINT      NOT NULL,
    earliest   TIME        NOT NULL,
    latest     TIME        NOT NULL,
    note       VARCHAR(500),
    status     VARCHAR(10) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_waitlist_entry_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
CREATE INDEX ix_waitlist_entry_status ON waitlist_entry (status, created_at);

CREATE TABLE waitlist_practitioner (
    waitlist_entry_id BIGINT NOT NULL,
    practitioner_id   BIGINT NOT NULL,
    CONSTRAINT pk_waitlist_practitioner PRIMARY KEY (waitlist_entry_id, practitioner_id),
    CONSTRAINT fk_waitlist_practitioner_entry FOREIGN KEY (waitlist_entry_id) REFERENCES waitlist_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_waitlist_practitioner_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id)
);

CREATE TABLE waitlist_day (
    waitlist_entry_id BIGINT      NOT NULL,
    day_of_week       VARCHAR(10) NOT NULL,
    CONSTRAINT pk_waitlist_day PRIMARY KEY (waitlist_entry_id, day_of_week),
    CONSTRAINT fk_waitlist_day_entry FOREIGN KEY (waitlist_entry_id) REFERENCES waitlist_entry (id) ON DELETE CASCADE
);
