package org.artclinic.clinic.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.artclinic.clinic.audit.AuditAction;
import org.artclinic.clinic.billing.Adjustment;
import org.artclinic.clinic.billing.AdjustmentGroup;
import org.artclinic.clinic.billing.ChargeLine;
import org.artclinic.clinic.billing.ChargeRules;
import org.artclinic.clinic.billing.ChargeSheet;
import org.artclinic.clinic.billing.ChargeStatus;
import org.artclinic.clinic.billing.Claim;
import org.artclinic.clinic.billing.ClaimEvent;
import org.artclinic.clinic.billing.ClaimStatus;
import org.artclinic.clinic.billing.CodeSetFile;
import org.artclinic.clinic.billing.DiagnosisCheck;
import org.artclinic.clinic.billing.DiagnosisCode;
import org.artclinic.clinic.billing.LineFix;
import org.artclinic.clinic.billing.ModifierReason;
import org.artclinic.clinic.billing.Payer;
import org.artclinic.clinic.billing.PayerKind;
import org.artclinic.clinic.billing.PayerRules;
import org.artclinic.clinic.billing.Payment;
import org.artclinic.clinic.billing.PaymentMethod;
import org.artclinic.clinic.billing.ProcedureCode;
import org.artclinic.clinic.billing.UnitRule;
import org.artclinic.clinic.charting.ArtEntry;
import org.artclinic.clinic.charting.ChartedService;
import org.artclinic.clinic.charting.Soap;
import org.artclinic.clinic.charting.SpinalRegion;
import org.artclinic.clinic.charting.Tension;
import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.charting.VisitServiceLine;
import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.credential.Certification;
import org.artclinic.clinic.credential.Licence;
import org.artclinic.clinic.intake.ConsentText;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.patient.InsurancePolicy;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.PolicyDetails;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.protocol.Protocol;
import org.artclinic.clinic.protocol.ProtocolFile;
import org.artclinic.clinic.protocol.ProtocolStatus;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentSeries;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.scheduling.CancellationPolicy;
import org.artclinic.clinic.scheduling.RecurrenceRule;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Npi;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;

/**
 * Writes a planned clinic into a migrated, empty database: the set-up (accounts, locations,
 * practitioners, code sets, payers with yearly fee schedules, the shipped protocol library), then
 * the history in time order, each appointment built as the application's entities and taken
 * through their own state changes (book, check in, treat, complete; cancel; no-show), its note
 * charted and signed, its charges priced by {@link ChargeRules}, its claim made, sent and paid
 * through {@link Claim}, and the audit rows of each step.
 */
final class Generator {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final String FRONT_DESK = "frontdesk";
    static final String MANAGER = "manager";
    private static final CancellationPolicy POLICY = CancellationPolicy.DEFAULT;

    private final String url;
    private final String user;
    private final String password;
    private final Plan plan;
    private final long seed;
    private final String staffPassword;
    private final PrintStream log;

    private final Ids ids = new Ids();
    private final Map<String, CopyStream> tables = new LinkedHashMap<>();
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private SplittableRandom rnd;
    private Instant now;

    // the set-up, in memory
    private Location[] locations;
    private Practitioner[] practitioners;
    private String[] practitionerLogins;
    private final List<Payer> insurers = new ArrayList<>();
    private Payer medicare;
    private Payer selfPay;
    private final Map<String, ProcedureCode> procedures = new HashMap<>();
    private final Map<String, DiagnosisCode> diagnoses = new LinkedHashMap<>();
    /** fee per unit by payer id, code and year */
    private final Map<String, Money> fees = new HashMap<>();
    private final List<List<Protocol>> protocolsByRegion = new ArrayList<>();
    private AppointmentType session;
    private AppointmentType longSession;
    private AppointmentType evaluation;

    // the patients, made at their first booking
    private Patient[] patients;
    /** Whether a patient has a visit note yet (the next examination is an established patient's). */
    private boolean[] charted;
    private InsurancePolicy[] policies;
    private AppointmentSeries[] series;
    private final Map<Long, Money> therapyCharged = new HashMap<>();
    private AuditLog audit;

    Generator(String url, String user, String password, Plan plan, long seed, String staffPassword, PrintStream log) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.plan = plan;
        this.seed = seed;
        this.staffPassword = staffPassword;
        this.log = log;
    }

    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            // the signed-note and append-only triggers refuse the order COPY writes in (a signed note
            // before its services); replica mode skips triggers and foreign-key checks for this load,
            // which Checks.orphans makes up for afterwards
            s.execute("SET session_replication_role = replica");
        }
        return c;
    }

    private CopyStream table(String name, String columns) {
        return tables.computeIfAbsent(name, n -> {
            try {
                return new CopyStream(connect(), n, columns);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private CopyStream t(String name) {
        CopyStream s = tables.get(name);
        if (s == null) {
            throw new IllegalStateException("table not opened: " + name);
        }
        return s;
    }

    /** Rows written per table. */
    Map<String, Long> run() throws Exception {
        rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        now = plan.lastDay.atTime(18, 0).atZone(ZONE).toInstant();
        open();
        Path tmp = Files.createTempDirectory("clinic-bench-audit");
        Map<String, Long> rows = new LinkedHashMap<>();
        try (AuditLog auditLog = new AuditLog(tmp, plan.firstDay.atStartOfDay(ZONE).toInstant().minus(Duration.ofDays(40)))) {
            audit = auditLog;
            long t0 = System.nanoTime();
            setUp();
            history();
            log.printf("history walked in %.1f s; committing the tables%n", (System.nanoTime() - t0) / 1e9);
            for (CopyStream s : tables.values()) {
                long start = System.nanoTime();
                s.close();
                rows.put(s.table(), s.rows());
                log.printf("  %-28s %,12d rows  (%.1f s streaming, %.1f s to commit)%n", s.table(), s.rows(),
                        s.seconds(), (System.nanoTime() - start) / 1e9);
            }
            long start = System.nanoTime();
            try (Connection head = connect()) {
                long sealed = audit.write(() -> newStream("audit_event", "id, occurred_at, username, roles, address,"
                        + " patient_id, action, record_type, record_id, source, outcome, detail, before_value,"
                        + " after_value"), () -> newStream("audit_seal",
                                "position, event_id, previous_hash, hash, sealed_at"), ids, head);
                head.commit();
                rows.put("audit_event", sealed);
                rows.put("audit_seal", sealed);
                log.printf("  %-28s %,12d rows, sealed  (%.1f s)%n", "audit_event + audit_seal", sealed,
                        (System.nanoTime() - start) / 1e9);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return rows;
    }

    private CopyStream newStream(String table, String columns) {
        try {
            return new CopyStream(connect(), table, columns);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the id and chart number sequences past what was written. */
    void advanceSequences(Connection c) throws SQLException {
        long last = ids.last();
        long roundedUp = (last / 50 + 1) * 50;
        try (Statement s = c.createStatement()) {
            s.execute("SELECT setval('clinic_id_seq', " + roundedUp + ", true)");
            s.execute("SELECT setval('patient_chart_seq', " + (1000 + Math.max(1, registeredCount)) + ", true)");
        }
    }

    private void open() {
        table("user_account", "id, version, username, full_name, password_hash, active, created_at, email,"
                + " password_change_required");
        table("user_account_role", "user_account_id, role");
        table("location", "id, version, name, time_zone, phone, address_line1, address_line2, address_city,"
                + " address_region, address_postal_code, address_country, active");
        table("room", "id, version, location_id, name, active");
        table("practitioner", "id, version, display_name, discipline, npi, colour, user_account_id, active");
        table("working_hours", "id, version, practitioner_id, location_id, day_of_week, start_time, end_time");
        table("practitioner_credentials", "id, version, practitioner_id, licence_profession, licence_number,"
                + " licence_state, licence_expires_on");
        table("practitioner_certification", "credentials_id, course, certified_on, expires_on");
        table("consent_text", "id, version, version_number, body, requires_new_signature, published_by, published_at");
        table("appointment_type", "id, version, name, duration_minutes, colour, needs_room, active");
        table("protocol", "id, version, name, search_name, region_group, region, structure, search_structure, tissue,"
                + " sides, start_position, contact_point, tension_direction, movement, typical_passes, notes, status");
        table("protocol_indication", "protocol_id, code");
        table("protocol_link", "protocol_id, related_id");
        table("procedure_code", "id, version, code, kind, timed, description, effective_from, effective_to");
        table("diagnosis_code", "id, version, code, billable, description, effective_from, effective_to");
        table("payer", "id, version, name, kind, self_pay, edi_payer_id, unit_rule, requires_gp, uses_x_modifiers,"
                + " active");
        table("payer_kx_threshold", "payer_id, threshold_year, amount");
        table("fee_schedule", "id, version, payer_id, code, fee, effective_from, effective_to");
        table("patient", "id, version, chart_number, given_name, family_name, search_given, search_family,"
                + " birth_date, sex, phone, phone_digits, phone_e164, email, address_line1, address_city,"
                + " address_region, address_postal_code, address_country, preferred_contact, occupation, active");
        table("insurance_policy", "id, version, patient_id, priority, payer_name, member_id, group_number,"
                + " subscriber_name, subscriber_relationship, copay_amount, authorized_visits, authorization_start,"
                + " authorization_end, active, payer_id");
        table("appointment_series", "id, version, patient_id, first_day, start_time, length_minutes, week_days,"
                + " weeks, created_by, created_at");
        table("appointment", "id, version, patient_id, practitioner_id, location_id, room_id, appointment_type_id,"
                + " series_id, starts_at, ends_at, status, notes, booked_by, booked_at, checked_in_at,"
                + " copay_collected, treatment_started_at, completed_at, cancelled_at, cancellation_reason,"
                + " late_cancellation, no_show_at");
        table("visit_note", "id, version, appointment_id, patient_id, practitioner_id, visit_starts_at, visit_ends_at,"
                + " status, subjective, objective, assessment, care_plan, pain_today, opened_at, opened_by,"
                + " signed_at, signed_by, late");
        table("art_entry", "id, version, visit_note_id, position, protocol_id, side, passes, tension, pain_before,"
                + " pain_after, rom_before, rom_after, response, movement");
        table("visit_service", "id, version, visit_note_id, position, code, minutes");
        table("visit_service_region", "visit_service_id, position, region");
        table("visit_service_diagnosis", "visit_service_id, position, code");
        table("charge_sheet", "id, version, visit_note_id, patient_id, practitioner_id, location_id, payer_id,"
                + " policy_id, date_of_service, status, diagnoses, total, open_warnings, created_at, approved_by,"
                + " approved_at");
        table("charge_fix", "sheet_id, position, fixed_at, fixed_by, reason, change_made");
        table("charge_line", "id, version, sheet_id, code, units, diagnosis_pointers, unit_fee, amount");
        table("charge_line_modifier", "line_id, position, modifier, reason");
        table("charge_line_warning", "line_id, position, code, message");
        table("claim", "id, version, sheet_id, patient_id, payer_id, policy_id, primary_claim_id, date_of_service,"
                + " status, charged, paid, adjusted, patient_share, balance, created_at, submitted_at");
        table("claim_event", "claim_id, position, happened_at, done_by, from_status, to_status, note");
        table("payment", "id, version, source, patient_id, payer_id, claim_id, appointment_id, amount, received_on,"
                + " method, reference, posted_by, posted_at");
        table("payment_adjustment", "payment_id, position, adjustment_group, reason_code, amount");
    }

    // ------------------------------------------------------------------ set-up

    /** The clinic's consent to treatment, published when it opened: a new patient signs it before treatment. */
    private void consentText(Instant opened) throws IOException {
        ConsentText text = ids.assign(new ConsentText(null, CONSENT_TEXT, true, "admin", opened));
        t("consent_text").row(text.getId(), 0, text.getNumber(), text.getBody(), text.isRequiresNewSignature(),
                text.getPublishedBy(), text.getPublishedAt());
    }

    /** Our own words, as every seeded text is. */
    private static final String CONSENT_TEXT = "I agree to be assessed and treated with soft-tissue techniques,"
            + " including Active Release Technique, by the practitioners of this clinic. I understand that the"
            + " treatment can be uncomfortable and that soreness for a day or two afterwards is common. I will tell"
            + " my practitioner about any change in my health, and I may stop a treatment or withdraw this consent"
            + " at any time.";


    /**
     * A practitioner's licence and ART certifications, current on the last day and two years past it:
     * charting an ART entry asks for both (decision 0030), so the benchmark's practitioners can chart.
     */
    private void credentials(Practitioner p, int index) throws IOException {
        Licence licence = new Licence(p.getDiscipline(), String.format("L%06d", 40_000 + index * 13), "IL",
                plan.lastDay.plusYears(2).withDayOfMonth(1));
        long credentialsId = ids.next();
        t("practitioner_credentials").row(credentialsId, 0, p.getId(), licence.getProfession(), licence.getNumber(),
                licence.getState(), licence.getExpiresOn());
        for (RegionGroup course : RegionGroup.values()) {
            Certification certification = new Certification(course, plan.firstDay.minusMonths(3 + index),
                    plan.lastDay.plusYears(2).withDayOfMonth(1));
            t("practitioner_certification").row(credentialsId, certification.getCourse(),
                    certification.getCertifiedOn(), certification.getExpiresOn());
        }
    }


    private void setUp() throws IOException {
        Instant opened = plan.firstDay.minusDays(30).atTime(9, 0).atZone(ZONE).toInstant();
        String hash = pbkdf2(staffPassword, seed);
        account("admin", "Clinic Administrator", hash, opened, Role.ADMIN);
        account(MANAGER, "Billing Manager", hash, opened, Role.MANAGER);
        account(FRONT_DESK, "Front Desk", hash, opened, Role.FRONT_DESK);

        String[] names = {"Northside", "Lakefront", "Westbrook", "Eastgate", "Southpoint"};
        locations = new Location[plan.scale.locations()];
        for (int i = 0; i < locations.length; i++) {
            Address address = new Address((100 + 12 * i) + " " + Words.STREETS.get(i) + " Street", null,
                    Words.CITIES.get(i % Words.CITIES.size()), "IL", "606" + (10 + i), "US");
            Location l = ids.assign(new Location(names[i] + " Clinic", ZONE, "(312) 555-01" + (10 + i), address));
            locations[i] = l;
            t("location").row(l.getId(), 0, l.getName(), ZONE.getId(), l.getPhone(), address.getLine1(), null,
                    address.getCity(), address.getRegion(), address.getPostalCode(), address.getCountry(), true);
            for (int r = 1; r <= 4; r++) {
                Room room = ids.assign(new Room(l, "Room " + r));
                t("room").row(room.getId(), 0, l.getId(), room.getName(), true);
            }
        }
        session = type("ART session", 15, "#2e7d32");
        longSession = type("ART session, long", 30, "#1565c0");
        evaluation = type("Evaluation", 15 * Plan.EVALUATION_LENGTH, "#6a1b9a");

        Discipline[] disciplines = {Discipline.CHIROPRACTOR, Discipline.PHYSICAL_THERAPIST,
            Discipline.PHYSICAL_THERAPIST, Discipline.CHIROPRACTOR, Discipline.MASSAGE_THERAPIST};
        practitioners = new Practitioner[plan.scale.practitioners()];
        practitionerLogins = new String[practitioners.length];
        for (int i = 0; i < practitioners.length; i++) {
            String given = Words.GIVEN.get((i * 7) % Words.GIVEN.size());
            String family = Words.FAMILY.get((i * 11 + 3) % Words.FAMILY.size());
            String login = "pract" + (i + 1);
            long accountId = account(login, given + " " + family, hash, opened, Role.PRACTITIONER);
            String npi = Npi.withCheckDigit(String.format("19%07d", 1000 + i * 37));
            Practitioner p = ids.assign(new Practitioner(given + " " + family, disciplines[i % disciplines.length], npi,
                    String.format("#%06x", (0x336699 + i * 0x1f3d5b) & 0xffffff), null));
            practitioners[i] = p;
            practitionerLogins[i] = login;
            t("practitioner").row(p.getId(), 0, p.getDisplayName(), p.getDiscipline(), p.getNpi(), p.getColour(),
                    accountId, true);
            credentials(p, i);
            Location home = locations[i % locations.length];
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d != DayOfWeek.SUNDAY) {
                    t("working_hours").row(ids.next(), 0, p.getId(), home.getId(), d, LocalTime.of(Plan.FIRST_HOUR, 0),
                            LocalTime.of(Plan.FIRST_HOUR, 0).plusMinutes(15L * Plan.SLOTS_PER_DAY));
                }
            }
        }
        codeSets();
        consentText(opened);
        payers();
        protocols();
    }

    private long account(String username, String fullName, String hash, Instant at, Role role) {
        long id = ids.next();
        t("user_account").row(id, 0, username, fullName, hash, true, at, username + "@clinic.example", false);
        t("user_account_role").row(id, role);
        return id;
    }

    private AppointmentType type(String name, int minutes, String colour) {
        AppointmentType type = ids.assign(new AppointmentType(name, minutes, colour, false));
        t("appointment_type").row(type.getId(), 0, name, minutes, colour, false, true);
        return type;
    }

    /** The shipped code sets; a procedure code's start moved back to the first day of the history. */
    private void codeSets() throws IOException {
        for (ProcedureCode shipped : CodeSetFile.procedureCodes(resource("billing/procedure-codes.csv"))) {
            LocalDate from = shipped.getEffectiveFrom().isAfter(plan.firstDay) ? plan.firstDay
                    : shipped.getEffectiveFrom();
            ProcedureCode c = ids.assign(new ProcedureCode(shipped.getCode(), shipped.getKind(), shipped.isTimed(),
                    shipped.getDescription(), from, shipped.getEffectiveTo()));
            procedures.put(c.getCode(), c);
            t("procedure_code").row(c.getId(), 0, c.getCode(), c.getKind(), c.isTimed(), c.getDescription(),
                    c.getEffectiveFrom(), c.getEffectiveTo());
        }
        for (DiagnosisCode d : CodeSetFile.diagnosisCodes(resource("billing/diagnosis-codes.csv"))) {
            ids.assign(d);
            diagnoses.put(d.getCode(), d);
            t("diagnosis_code").row(d.getId(), 0, d.getCode(), d.isBillable(), d.getDescription(),
                    d.getEffectiveFrom(), d.getEffectiveTo());
        }
    }

    private record PayerSpec(String name, PayerKind kind, UnitRule rule, boolean gp, boolean x, String ediId,
            String factor) {
    }

    /** Payers of our own naming, fees per unit of our own, raised 2.5% a year (as the demo's). */
    private void payers() {
        List<PayerSpec> specs = List.of(
                new PayerSpec("Medicare Part B", PayerKind.MEDICARE, UnitRule.CMS_8_MINUTE, true, true, "00952", "1.0"),
                new PayerSpec("Prairie State Health Plan", PayerKind.COMMERCIAL, UnitRule.PER_SERVICE, false, false,
                        "PSHP1", "1.35"),
                new PayerSpec("Lakeshore Mutual PPO", PayerKind.COMMERCIAL, UnitRule.PER_SERVICE, false, true, "LMPPO",
                        "1.5"),
                new PayerSpec("Front Range Health Alliance", PayerKind.COMMERCIAL, UnitRule.CMS_8_MINUTE, true, true,
                        "FRHA1", "1.25"),
                new PayerSpec("Summit Peak HMO", PayerKind.COMMERCIAL, UnitRule.PER_SERVICE, false, false, "SPHMO",
                        "1.1"),
                new PayerSpec("Self-pay", PayerKind.SELF_PAY, UnitRule.PER_SERVICE, false, true, null, "1.6"));
        // in code order: Map.of iterates in an order that changes from run to run
        Map<String, String> base = new java.util.TreeMap<>(Map.ofEntries(Map.entry("97140", "28.00"), Map.entry("97110", "30.00"),
                Map.entry("97112", "35.00"), Map.entry("97530", "36.00"), Map.entry("97124", "26.00"),
                Map.entry("97161", "100.00"), Map.entry("97162", "100.00"), Map.entry("97164", "68.00"),
                Map.entry("98940", "29.00"), Map.entry("98941", "41.00"), Map.entry("98942", "53.00"),
                Map.entry("99203", "110.00"), Map.entry("99213", "90.00")));
        for (PayerSpec spec : specs) {
            Payer payer = ids.assign(new Payer(spec.name(), spec.kind(),
                    new PayerRules(spec.rule(), spec.gp(), spec.x(), spec.ediId())));
            t("payer").row(payer.getId(), 0, payer.getName(), payer.getKind(), payer.isSelfPay(), payer.getEdiPayerId(),
                    payer.getUnitRule(), payer.isRequiresGp(), payer.isUsesXModifiers(), true);
            for (int year = plan.firstDay.getYear(); year <= plan.lastDay.plusDays(Plan.FUTURE_DAYS).getYear(); year++) {
                BigDecimal raise = BigDecimal.valueOf(1.025).pow(year - 2025, java.math.MathContext.DECIMAL64);
                if (spec.kind() == PayerKind.MEDICARE) {
                    Money kx = Money.of(new BigDecimal("2410.00").multiply(raise).setScale(0, RoundingMode.HALF_EVEN)
                            .setScale(2));
                    payer.setKxThreshold(year, kx);
                    t("payer_kx_threshold").row(payer.getId(), year, kx);
                }
                LocalDate from = LocalDate.of(year, 1, 1);
                for (Map.Entry<String, String> fee : base.entrySet()) {
                    Money amount = Money.of(new BigDecimal(fee.getValue()).multiply(new BigDecimal(spec.factor()))
                            .multiply(raise).setScale(2, RoundingMode.HALF_EVEN));
                    fees.put(payer.getId() + " " + fee.getKey() + " " + year, amount);
                    t("fee_schedule").row(ids.next(), 0, payer.getId(), fee.getKey(), amount, from,
                            LocalDate.of(year, 12, 31));
                }
            }
            if (payer.isSelfPay()) {
                selfPay = payer;
            } else {
                insurers.add(payer);
                if (spec.kind() == PayerKind.MEDICARE) {
                    medicare = payer;
                }
            }
        }
    }

    /** The protocol library the application ships and loads into an empty table. */
    private void protocols() throws IOException {
        for (int r = 0; r < BodyRegion.values().length; r++) {
            protocolsByRegion.add(new ArrayList<>());
        }
        Map<String, Protocol> byName = new HashMap<>();
        List<ProtocolFile.Row> rows = ProtocolFile.read(resource("protocols/library.json"), ProtocolFile.Format.JSON);
        for (ProtocolFile.Row row : rows) {
            Protocol p = ids.assign(new Protocol(row.record().details()));
            byName.put(p.getName().toLowerCase(java.util.Locale.ROOT), p);
            ProtocolStatus status = row.record().status() == null ? ProtocolStatus.ACTIVE : row.record().status();
            t("protocol").row(p.getId(), 0, p.getName(), p.getSearchName(), p.getRegionGroup(), p.getRegion(),
                    p.getStructure(), org.artclinic.clinic.common.SearchText.name(p.getStructure()), p.getTissue(),
                    String.join(",", p.getSides().stream().sorted().map(Side::name).toList()), p.getStartPosition(),
                    p.getContactPoint(), p.getTensionDirection(), p.getMovement(), p.getTypicalPasses(), p.getNotes(),
                    status);
            for (String code : p.getIndications()) {
                t("protocol_indication").row(p.getId(), code);
            }
            if (status == ProtocolStatus.ACTIVE) {
                protocolsByRegion.get(p.getRegion().ordinal()).add(p);
            }
        }
        for (ProtocolFile.Row row : rows) {
            Protocol p = byName.get(row.record().details().name().toLowerCase(java.util.Locale.ROOT));
            for (String link : row.record().links()) {
                Protocol related = byName.get(link.toLowerCase(java.util.Locale.ROOT));
                if (related != null && related != p) {
                    t("protocol_link").row(p.getId(), related.getId());
                }
            }
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Generator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path (clinic-ejb)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The PBKDF2 hash the application's identity store verifies (Soteria's format), with a seeded salt. */
    static String pbkdf2(String secret, long seed) {
        try {
            byte[] salt = new byte[32];
            new java.util.Random(seed).nextBytes(salt);
            int iterations = 600_000;
            KeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ history

    private void history() {
        patients = new Patient[plan.scale.patients()];
        charted = new boolean[plan.scale.patients()];
        policies = new InsurancePolicy[plan.scale.patients()];
        series = new AppointmentSeries[plan.seriesCount];
        int step = Math.max(1, plan.count / 20);
        long t0 = System.nanoTime();
        for (int i = 0; i < plan.count; i++) {
            appointment(i);
            if ((i + 1) % step == 0) {
                log.printf("  %3d%% of %,d appointments (%.0f s)%n", (i + 1) * 100L / plan.count, plan.count,
                        (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private String frontDeskAddress() {
        return "10.20.0.1" + rnd.nextInt(3);
    }

    private void event(Instant at, String login, Role role, Patient patient, AuditAction action, String type,
            Long recordId, String source) {
        audit.add(at, login, role.name(), role == Role.PRACTITIONER ? "10.20.1.2" : role == Role.MANAGER ? "10.20.0.20"
                : frontDeskAddress(), patient == null ? null : patient.getId(), action, type, recordId, source);
    }

    private int registeredCount;

    private int registered() {
        return registeredCount++;
    }

    private Patient patient(int index, Instant bookedAt) {
        if (patients[index] != null) {
            return patients[index];
        }
        Instant registered = bookedAt.minus(Duration.ofMinutes(5));
        LocalDate today = registered.atZone(ZONE).toLocalDate();
        boolean heavy = index < plan.scale.heavyPatients();
        int age = heavy ? 40 + rnd.nextInt(30) : 18 + rnd.nextInt(62);
        LocalDate birth = today.minusYears(age).minusDays(rnd.nextInt(365));
        String given = Words.pick(rnd, Words.GIVEN);
        String family = Words.pick(rnd, Words.FAMILY);
        String phone = "(" + Words.pick(rnd, Words.AREA_CODES) + ") 555-" + String.format("%04d", rnd.nextInt(10_000));
        String email = rnd.nextInt(10) < 8 ? (given + "." + family + (index % 97)).toLowerCase(java.util.Locale.ROOT)
                + "@mail.example" : null;
        Address address = new Address(1 + rnd.nextInt(9999) + " " + Words.pick(rnd, Words.STREETS) + " Avenue", null,
                Words.pick(rnd, Words.CITIES), "IL", "60" + (100 + rnd.nextInt(800)), "US");
        Sex sex = rnd.nextInt(2) == 0 ? Sex.FEMALE : Sex.MALE;
        PatientDetails details = new PatientDetails(given, family, birth, sex, phone, email, address, null, null, null,
                null, null, null, null, null, null);
        // chart numbers in the order patients registered, from patient_chart_seq's start
        Patient p = ids.assign(new Patient("P" + (1001 + registered()), details, today));
        patients[index] = p;
        t("patient").row(p.getId(), 0, p.getChartNumber(), p.getGivenName(), p.getFamilyName(), p.getSearchGiven(),
                p.getSearchFamily(), p.getBirthDate(), p.getSex(), p.getPhone(), p.getPhoneDigits(), p.getPhoneE164(),
                p.getEmail(), address.getLine1(), address.getCity(), address.getRegion(), address.getPostalCode(),
                address.getCountry(), p.getPreferredContact(), p.getOccupation(), true);
        event(registered, FRONT_DESK, Role.FRONT_DESK, p, AuditAction.CREATE, "Patient", p.getId(),
                "PatientService.register");
        int roll = rnd.nextInt(100);
        if (roll < 75) {
            Payer payer = age >= 65 ? medicare : insurers.get(1 + rnd.nextInt(insurers.size() - 1));
            Money copay = payer == medicare ? null : Money.of(BigDecimal.valueOf(15 + 5 * rnd.nextInt(6)).setScale(2));
            InsurancePolicy policy = ids.assign(new InsurancePolicy(p, new PolicyDetails(InsurancePolicy.Priority.PRIMARY,
                    payer.getName(), "M" + (100_000_000L + rnd.nextInt(900_000_000)), payer == medicare ? null
                            : "G" + (1000 + rnd.nextInt(9000)), given + " " + family,
                    InsurancePolicy.Relationship.SELF, copay, null, null, null)));
            policy.billTo(payer);
            policies[index] = policy;
            t("insurance_policy").row(policy.getId(), 0, p.getId(), policy.getPriority(), policy.getPayerName(),
                    policy.getMemberId(), policy.getGroupNumber(), policy.getSubscriberName(), policy.getRelationship(),
                    policy.getCopay(), null, null, null, true, payer.getId());
            event(registered.plusSeconds(90), FRONT_DESK, Role.FRONT_DESK, p, AuditAction.CREATE, "InsurancePolicy",
                    policy.getId(), "PatientService.addPolicy");
        }
        return p;
    }

    /**
     * When the front desk booked a visit that starts at {@code start}: {@code leadDays} + 1 days before
     * it, {@code minute} minutes after 8:00 (the desk's day, 8:00 to 18:00 in the clinic's zone), and
     * never after the generated clinic's now: a visit further ahead than its lead was booked the same
     * weekday one or more weeks earlier. (Until the twenty-first benchmark session a booking was any
     * hour of the day, and the visits of the coming four weeks were booked in the future.)
     */
    private Instant booking(Instant start, int leadDays, int minute) {
        Instant at = start.atZone(ZONE).toLocalDate().minusDays(1L + leadDays).atTime(8, 0).plusMinutes(minute)
                .atZone(ZONE).toInstant();
        while (at.isAfter(now)) {
            at = at.minus(Duration.ofDays(7));
        }
        return at;
    }

    private void appointment(int i) {
        int practitionerIndex = plan.practitioner[i];
        Practitioner practitioner = practitioners[practitionerIndex];
        String login = practitionerLogins[practitionerIndex];
        Location location = locations[practitionerIndex % locations.length];
        LocalDate day = plan.date(plan.day[i]);
        Instant start = day.atTime(Plan.FIRST_HOUR, 0).plusMinutes(15L * plan.slot[i]).atZone(ZONE).toInstant();
        Instant end = start.plus(Duration.ofMinutes(15L * plan.length[i]));
        int seriesIndex = plan.series[i];
        Instant bookedAt;
        if (seriesIndex >= 0 && series[seriesIndex] != null) {
            bookedAt = series[seriesIndex].getCreatedAt();
        } else {
            int leadHours = rnd.nextInt(24 * 20);
            bookedAt = booking(start, leadHours / 24, rnd.nextInt(600));
        }
        Patient patient = patient(plan.patient[i], bookedAt);
        AppointmentSeries inSeries = null;
        if (seriesIndex >= 0) {
            inSeries = series[seriesIndex];
            if (inSeries == null) {
                RecurrenceRule rule = new RecurrenceRule(day, start.atZone(ZONE).toLocalTime(),
                        Duration.ofMinutes(15L * plan.length[i]), EnumSet.of(day.getDayOfWeek()),
                        plan.seriesWeeks[seriesIndex]);
                inSeries = ids.assign(new AppointmentSeries(patient, rule, FRONT_DESK, bookedAt));
                series[seriesIndex] = inSeries;
                t("appointment_series").row(inSeries.getId(), 0, patient.getId(), rule.firstDay(), rule.startTime(),
                        (int) rule.length().toMinutes(), String.valueOf(day.getDayOfWeek().getValue()), rule.weeks(),
                        FRONT_DESK, bookedAt);
                event(bookedAt, FRONT_DESK, Role.FRONT_DESK, null, AuditAction.CREATE, null, null,
                        "SchedulingService.bookSeries");
            }
        }
        AppointmentType type = plan.firstOfEpisode[i] ? evaluation : plan.length[i] >= 2 ? longSession : session;
        Appointment a = ids.assign(new Appointment(patient, practitioner, location, null, type,
                new TimeSlot(start, end), null, FRONT_DESK, bookedAt));
        if (inSeries != null) {
            inSeries.add(a);
        } else {
            event(bookedAt, FRONT_DESK, Role.FRONT_DESK, patient, AuditAction.CREATE, "Appointment", a.getId(),
                    "SchedulingService.book");
        }
        InsurancePolicy policy = policies[plan.patient[i]];
        VisitNote note = null;
        if (start.isBefore(now)) {
            int roll = rnd.nextInt(100);
            if (roll < 11) {
                boolean late = roll < 4;
                Instant at = late ? start.minus(Duration.ofHours(1 + rnd.nextInt(20)))
                        : start.minus(Duration.ofHours(26 + rnd.nextInt(24 * 5)));
                at = at.isBefore(bookedAt) ? bookedAt.plusSeconds(60) : at;
                a.cancel(Words.pick(rnd, Words.CANCEL), at, POLICY);
                event(at, FRONT_DESK, Role.FRONT_DESK, patient, AuditAction.DELETE, "Appointment", a.getId(),
                        "SchedulingService.cancel");
            } else if (roll < 15) {
                Instant at = start.plus(Duration.ofMinutes(20));
                a.markNoShow(at);
                event(at, FRONT_DESK, Role.FRONT_DESK, patient, AuditAction.UPDATE, "Appointment", a.getId(),
                        "SchedulingService.markNoShow");
            } else {
                Instant arrived = start.minus(Duration.ofMinutes(3 + rnd.nextInt(10)));
                if (!a.isOnDayOf(arrived)) {
                    arrived = start;
                }
                Money copay = policy != null ? policy.getCopay() : null;
                a.checkIn(arrived, copay);
                event(arrived, FRONT_DESK, Role.FRONT_DESK, patient, AuditAction.UPDATE, "Appointment", a.getId(),
                        "SchedulingService.checkIn");
                // the practitioner opens the chart before treating (a read of the patient: audited)
                event(start, login, Role.PRACTITIONER, patient, AuditAction.VIEW, "Patient", patient.getId(),
                        "PatientService.find");
                a.startTreatment(start.plus(Duration.ofMinutes(1)));
                event(start.plus(Duration.ofMinutes(1)), login, Role.PRACTITIONER, patient, AuditAction.UPDATE,
                        "Appointment", a.getId(), "SchedulingService.startTreatment");
                if (end.isBefore(now)) {
                    a.complete(end);
                    event(end, login, Role.PRACTITIONER, patient, AuditAction.UPDATE, "Appointment", a.getId(),
                            "SchedulingService.complete");
                }
                if (copay != null && !copay.isZero()) {
                    Payment paid = ids.assign(Payment.fromPatient(patient, copay, day,
                            rnd.nextBoolean() ? PaymentMethod.CARD : PaymentMethod.CASH, "Copay at check-in", a.getId(),
                            FRONT_DESK, arrived));
                    payment(paid);
                }
                // nearly every completed visit is charted; a few are left without a note
                if (a.getStatus() == AppointmentStatus.COMPLETED && rnd.nextInt(100) < 95) {
                    note = note(a, plan.region[i], plan.firstOfEpisode[i], !charted[plan.patient[i]], login, patient,
                            end, policy != null && policy.getPayer() == medicare);
                    charted[plan.patient[i]] = true;
                }
            }
        }
        t("appointment").row(a.getId(), 0, patient.getId(), practitioner.getId(), location.getId(), null, type.getId(),
                inSeries == null ? null : inSeries.getId(), a.getStartsAt(), a.getEndsAt(), a.getStatus(), a.getNotes(),
                a.getBookedBy(), a.getBookedAt(), a.getCheckedInAt(), a.getCopayCollected(), a.getTreatmentStartedAt(),
                a.getCompletedAt(), a.getCancelledAt(), a.getCancellationReason(), a.isLateCancellation(),
                a.getNoShowAt());
        if (note != null && note.isSigned()) {
            charge(note, a, patient, policy, day);
        }
    }

    private static final String[][] DIAGNOSES = {
        {"G44.209"}, {"M54.2", "M99.01"}, {"M54.6", "M99.02"}, {"M54.50", "M54.5", "M99.03"}, {"M75.41", "M25.511"},
        {"M77.11"}, {"G56.01"}, {"M76.31", "M79.18"}, {"M25.561", "M76.51"}, {"M72.2", "M76.61"}};

    /** The episode's diagnosis codes that are billable on the day (M54.5 became M54.50 in October 2021). */
    private List<String> diagnosesOn(int region, LocalDate day) {
        List<String> codes = new ArrayList<>();
        for (String code : DIAGNOSES[region]) {
            DiagnosisCode d = diagnoses.get(code);
            if (d != null && d.isBillable() && d.inEffectOn(day) && codes.size() < 2) {
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            codes.add("M79.18");
        }
        return codes;
    }

    private VisitNote note(Appointment a, int region, boolean first, boolean newPatient, String login, Patient patient,
            Instant end, boolean medicarePatient) {
        VisitNote note = ids.assign(new VisitNote(a, login, a.getTreatmentStartedAt()));
        event(note.getOpenedAt(), login, Role.PRACTITIONER, patient, AuditAction.CREATE, "VisitNote", note.getId(),
                "VisitNoteService.open");
        int pain = 2 + rnd.nextInt(7);
        note.write(new Soap(Words.pick(rnd, Words.SUBJECTIVE), Words.pick(rnd, Words.OBJECTIVE),
                Words.pick(rnd, Words.ASSESSMENT), Words.pick(rnd, Words.PLAN), pain));
        LocalDate day = a.getStartsAt().atZone(ZONE).toLocalDate();
        List<Protocol> choices = protocolsByRegion.get(region);
        int entries = choices.isEmpty() ? 0 : 1 + rnd.nextInt(4);
        Set<BodyRegion> treated = EnumSet.noneOf(BodyRegion.class);
        for (int e = 0; e < entries; e++) {
            Protocol protocol = choices.get(rnd.nextInt(choices.size()));
            List<Side> sides = protocol.getSides();
            Side side = sides.isEmpty() ? Side.MIDLINE : sides.get(rnd.nextInt(sides.size()));
            int before = Math.min(10, pain + rnd.nextInt(2));
            ArtEntry entry = ids.assign(note.addArtEntry(protocol, new ArtEntry.Request(side, 1 + rnd.nextInt(5),
                    Tension.values()[rnd.nextInt(3)], before, Math.max(0, before - 1 - rnd.nextInt(3)), null, null, null,
                    Words.pick(rnd, Words.RESPONSE))));
            treated.add(protocol.getRegion());
            event(note.getOpenedAt().plusSeconds(60L * (e + 1)), login, Role.PRACTITIONER, patient,
                    AuditAction.CREATE, "ArtEntry", entry.getId(), "VisitNoteService.addArtEntry");
        }
        if (treated.isEmpty()) {
            treated.add(BodyRegion.values()[region]);
        }
        List<String> codes = diagnosesOn(region, day);
        List<String> regions = treated.stream().map(Enum::name).toList();
        List<VisitServiceLine.ServiceRequest> services = services(a, BodyRegion.values()[region], first,
                newPatient, medicarePatient, regions, codes);
        for (VisitServiceLine.ServiceRequest request : services) {
            VisitServiceLine line = ids.assign(note.addService(request));
            event(note.getOpenedAt().plusSeconds(400), login, Role.PRACTITIONER, patient, AuditAction.CREATE,
                    "VisitServiceLine", line.getId(), "VisitNoteService.addService");
        }
        event(note.getOpenedAt().plusSeconds(500), login, Role.PRACTITIONER, patient, AuditAction.UPDATE, "VisitNote",
                note.getId(), "VisitNoteService.writeSoap");
        // most notes are signed at the end of the visit or of the day; a few days later now and then
        Instant signAt = rnd.nextInt(100) < 90 ? end.plus(Duration.ofMinutes(2 + rnd.nextInt(180)))
                : end.plus(Duration.ofDays(1 + rnd.nextInt(4)));
        if (signAt.isBefore(now)) {
            note.sign(login, signAt);
            event(signAt, login, Role.PRACTITIONER, patient, AuditAction.SIGN, "VisitNote", note.getId(),
                    "VisitNoteService.sign");
        }
        Soap soap = note.getSoap();
        t("visit_note").row(note.getId(), 0, a.getId(), patient.getId(), a.getPractitioner().getId(),
                note.getVisitStartsAt(), note.getVisitEndsAt(), note.getStatus(), soap.subjective(), soap.objective(),
                soap.assessment(), soap.plan(), soap.painToday(), note.getOpenedAt(), note.getOpenedBy(),
                note.getSignedAt(), note.getSignedBy(), note.isLate());
        int position = 0;
        for (ArtEntry e : note.getArtEntries()) {
            t("art_entry").row(e.getId(), 0, note.getId(), position++, e.getProtocol().getId(), e.getSide(),
                    e.getPasses(), e.getTension(), e.getPainBefore(), e.getPainAfter(), e.getRomBefore(),
                    e.getRomAfter(), e.getResponse(), e.getMovement());
        }
        position = 0;
        for (VisitServiceLine s : note.getServices()) {
            t("visit_service").row(s.getId(), 0, note.getId(), position++, s.getCode(), s.getMinutes());
            int p = 0;
            for (String r : s.getRegions()) {
                t("visit_service_region").row(s.getId(), p++, r);
            }
            p = 0;
            for (String d : s.getDiagnosisCodes()) {
                t("visit_service_diagnosis").row(s.getId(), p++, d);
            }
        }
        return note;
    }

    /**
     * What a visit bills, as an ART clinic charts it (two to four lines mostly). The practitioner's own
     * time, the booked quarter hours, holds the evaluation or re-evaluation, the ART (manual therapy,
     * 97140, its minutes within the booking) and a chiropractor's adjustment; the exercise codes (97110,
     * 97112, 97530) are done afterwards on the floor with the practitioner's therapy assistant. A
     * chiropractor adjusts the spine next to the region the ART treated (97140 then gets XS or 59 from
     * the rules), now and then the same region (an NCCI pair: the sheet waits for review); Medicare
     * patients are not adjusted (it would need a treatment plan the data set lacks). A massage therapist
     * bills the ART alone.
     */
    private List<VisitServiceLine.ServiceRequest> services(Appointment a, BodyRegion main, boolean first,
            boolean newPatient, boolean medicarePatient, List<String> regions, List<String> codes) {
        Discipline discipline = a.getPractitioner().getDiscipline();
        int booked = (int) a.getSlot().duration().toMinutes();
        List<VisitServiceLine.ServiceRequest> services = new ArrayList<>();
        // minutes of the booking the practitioner spends on other than the ART
        int other = 2;
        if (discipline == Discipline.PHYSICAL_THERAPIST) {
            if (first) {
                services.add(VisitServiceLine.ServiceRequest.of(rnd.nextInt(100) < 65 ? "97161" : "97162", null,
                        regions, codes));
                other += 20;
            } else if (rnd.nextInt(100) < 8) {
                // a progress re-evaluation, about every tenth to twelfth visit
                services.add(VisitServiceLine.ServiceRequest.of("97164", null, regions, codes));
                other += 7;
            }
        } else if (discipline == Discipline.CHIROPRACTOR) {
            if (first || rnd.nextInt(100) < 5) {
                // a new patient's examination, or an established patient's for a new complaint or a re-examination
                services.add(VisitServiceLine.ServiceRequest.of(first && newPatient ? "99203" : "99213", null,
                        regions, codes));
                other += first ? 20 : 7;
            }
            if (!first && !medicarePatient && rnd.nextInt(100) < 80) {
                List<SpinalRegion> spine = adjustedRegions(main);
                List<String> dysfunction = new ArrayList<>();
                for (SpinalRegion r : spine) {
                    if (dysfunction.size() < VisitServiceLine.MAX_DIAGNOSES) {
                        dysfunction.add(SEGMENTAL_DYSFUNCTION.get(r));
                    }
                }
                services.add(VisitServiceLine.ServiceRequest.of(spine.size() <= 2 ? "98940" : "98941", null,
                        spine.stream().map(Enum::name).toList(), dysfunction));
                other += 5;
            }
        }
        // the ART in the rest of the booked time, 8 minutes at least (one unit)
        int handsOn = Math.max(8, booked - other);
        services.add(VisitServiceLine.ServiceRequest.of("97140", 8 + rnd.nextInt(handsOn - 7), regions, codes));
        if (discipline != Discipline.MASSAGE_THERAPIST) {
            boolean pt = discipline == Discipline.PHYSICAL_THERAPIST;
            if (rnd.nextInt(100) < (pt ? 85 : 60)) {
                services.add(VisitServiceLine.ServiceRequest.of("97110", 8 + rnd.nextInt(16), regions, codes));
            }
            if (rnd.nextInt(100) < (pt ? 55 : 45)) {
                services.add(VisitServiceLine.ServiceRequest.of("97112", 8 + rnd.nextInt(16), regions, codes));
            }
            if (rnd.nextInt(100) < (pt ? 45 : 25)) {
                services.add(VisitServiceLine.ServiceRequest.of("97530", 8 + rnd.nextInt(16), regions, codes));
            }
        }
        return services;
    }

    private static final Map<SpinalRegion, String> SEGMENTAL_DYSFUNCTION = Map.of(SpinalRegion.CERVICAL, "M99.01",
            SpinalRegion.THORACIC, "M99.02", SpinalRegion.LUMBAR, "M99.03", SpinalRegion.SACRAL, "M99.04",
            SpinalRegion.PELVIC, "M99.05");

    /**
     * The spinal regions a chiropractor adjusts with ART to {@code main}: the neighbouring part of the
     * spine (the thoracic spine with the neck, the neck with the upper back, the arm or the head; the
     * lumbar spine and pelvis with the leg); a third of the time the ART's own region too; a sixth of
     * the adjustments take three regions (98941).
     */
    private List<SpinalRegion> adjustedRegions(BodyRegion main) {
        List<SpinalRegion> regions = new ArrayList<>();
        boolean sameToo = rnd.nextInt(100) < 30;
        switch (main) {
            case NECK -> {
                regions.add(SpinalRegion.THORACIC);
                if (sameToo) {
                    regions.add(SpinalRegion.CERVICAL);
                }
            }
            case UPPER_BACK -> {
                regions.add(SpinalRegion.CERVICAL);
                if (sameToo) {
                    regions.add(SpinalRegion.THORACIC);
                }
            }
            case LOW_BACK -> {
                regions.add(SpinalRegion.THORACIC);
                if (sameToo) {
                    regions.add(SpinalRegion.LUMBAR);
                }
            }
            case HIP, KNEE, ANKLE_FOOT -> {
                regions.add(SpinalRegion.LUMBAR);
                regions.add(SpinalRegion.PELVIC);
            }
            default -> regions.add(SpinalRegion.CERVICAL);
        }
        if (rnd.nextInt(100) < 17) {
            for (SpinalRegion r : List.of(SpinalRegion.CERVICAL, SpinalRegion.THORACIC, SpinalRegion.LUMBAR,
                    SpinalRegion.PELVIC)) {
                if (regions.size() < 3 && !regions.contains(r)) {
                    regions.add(r);
                }
            }
        }
        regions.sort(null);
        return regions;
    }

    private Optional<Money> fee(Payer payer, String code, LocalDate day) {
        return Optional.ofNullable(fees.get(payer.getId() + " " + code + " " + day.getYear()));
    }

    private Optional<String> diagnosisProblem(String code, LocalDate day) {
        String normal = DiagnosisCode.checkedCode(code);
        Optional<DiagnosisCode> found = Optional.ofNullable(diagnoses.get(normal));
        if (found.isPresent() && found.get().isBillable() && found.get().inEffectOn(day)) {
            return Optional.empty();
        }
        List<DiagnosisCode> longer = diagnoses.values().stream()
                .filter(d -> d.getCode().startsWith(normal) && !d.getCode().equals(normal)).toList();
        return DiagnosisCheck.problem(normal, day, found, longer);
    }

    /** What Charging does when a note is signed, with the code set, fees and year totals held in memory. */
    private void charge(VisitNote note, Appointment a, Patient patient, InsurancePolicy policy, LocalDate day) {
        Payer payer = policy != null ? policy.getPayer() : selfPay;
        long therapyKey = patient.getId() * 10_000 + day.getYear();
        Money before = payer == medicare ? therapyCharged.getOrDefault(therapyKey, Money.ZERO) : Money.ZERO;
        List<ChargeRules.ServiceToBill> services = new ArrayList<>();
        for (VisitServiceLine line : note.getServices()) {
            Set<BodyRegion> treated = EnumSet.noneOf(BodyRegion.class);
            Set<SpinalRegion> manipulated = EnumSet.noneOf(SpinalRegion.class);
            for (String region : line.getRegions()) {
                if (line.getService().kind() == ChartedService.Kind.SPINAL_MANIPULATION) {
                    manipulated.add(SpinalRegion.valueOf(region));
                } else {
                    treated.add(BodyRegion.valueOf(region));
                }
            }
            services.add(new ChargeRules.ServiceToBill(line.getCode(),
                    Optional.ofNullable(procedures.get(line.getCode())).filter(c -> c.inEffectOn(day)),
                    line.getMinutes(), treated, manipulated, line.getDiagnosisCodes()));
        }
        ChargeRules.VisitToBill visit = new ChargeRules.VisitToBill(day, a.getPractitioner().getDiscipline(), services,
                !note.getArtEntries().isEmpty(), false, null, before);
        ChargeRules.Priced priced = ChargeRules.price(visit, payer,
                ChargeRules.lookup(code -> diagnosisProblem(code, day), code -> fee(payer, code, day)));
        ChargeSheet sheet = ids.assign(new ChargeSheet(note, payer, policy, day, priced, note.getSignedAt()));
        Money therapy = Money.ZERO;
        for (ChargeLine line : sheet.getLines()) {
            ids.assign(line);
            ProcedureCode code = procedures.get(line.getCode());
            if (code != null && code.getKind().isTherapy()) {
                therapy = therapy.plus(line.getAmount());
            }
        }
        if (payer == medicare) {
            therapyCharged.merge(therapyKey, therapy, Money::plus);
        }
        Instant approveAt = sheet.getCreatedAt().plus(Duration.ofDays(1 + rnd.nextInt(3)));
        if (sheet.getOpenWarnings() > 0) {
            approveAt = reviewed(sheet);
        }
        Claim claim = null;
        if (sheet.getOpenWarnings() == 0 && approveAt.isBefore(now)) {
            sheet.approve(MANAGER, approveAt);
            event(approveAt, MANAGER, Role.MANAGER, patient, AuditAction.UPDATE, "ChargeSheet", sheet.getId(),
                    "ChargeService.approve");
            if (!payer.isSelfPay() && !sheet.getTotal().isZero()) {
                claim = ids.assign(Claim.primary(sheet, approveAt.plusSeconds(30), MANAGER));
                event(approveAt.plusSeconds(30), MANAGER, Role.MANAGER, patient, AuditAction.CREATE, "Claim",
                        claim.getId(), "ClaimService.createClaim");
                claimHistory(claim, patient, day);
            } else if (payer.isSelfPay() && !sheet.getTotal().isZero()) {
                Instant paidAt = note.getSignedAt().plus(Duration.ofMinutes(5));
                Payment paid = ids.assign(Payment.fromPatient(patient, sheet.getTotal(), paidAt.atZone(ZONE).toLocalDate(),
                        rnd.nextBoolean() ? PaymentMethod.CARD : PaymentMethod.CASH, "Visit " + day, null, FRONT_DESK,
                        paidAt));
                payment(paid);
                event(paidAt, FRONT_DESK, Role.FRONT_DESK, patient, AuditAction.CREATE, "Payment", paid.getId(),
                        "ClaimService.postPatientPayment");
            }
        }
        t("charge_sheet").row(sheet.getId(), 0, note.getId(), patient.getId(), a.getPractitioner().getId(),
                a.getLocation().getId(), payer.getId(), sheet.getPolicy() == null ? null : sheet.getPolicy().getId(),
                day, sheet.getStatus(), String.join(",", sheet.getDiagnoses()), sheet.getTotal(), sheet.getOpenWarnings(),
                sheet.getCreatedAt(), sheet.getApprovedBy(), sheet.getApprovedAt());
        int fixed = 0;
        for (org.artclinic.clinic.billing.ChargeFix fix : sheet.getFixes()) {
            t("charge_fix").row(sheet.getId(), fixed++, fix.getAt(), fix.getBy(), fix.getWhy(), fix.getChange());
        }
        for (ChargeLine line : sheet.getLines()) {
            t("charge_line").row(line.getId(), 0, sheet.getId(), line.getCode(), line.getUnits(),
                    String.join(",", line.getDiagnosisPointers().stream().map(String::valueOf).toList()),
                    line.getUnitFee(), line.getAmount());
            int p = 0;
            for (ModifierReason m : line.getModifierReasons()) {
                t("charge_line_modifier").row(line.getId(), p++, m.getModifier(), m.getReason());
            }
            p = 0;
            for (org.artclinic.clinic.billing.ChargeWarning w : line.getWarnings()) {
                t("charge_line_warning").row(line.getId(), p++, w.getCode(), w.getMessage());
            }
        }
        if (claim != null) {
            t("claim").row(claim.getId(), 0, sheet.getId(), patient.getId(), claim.getPayer().getId(),
                    claim.getPolicy() == null ? null : claim.getPolicy().getId(), null, claim.getDateOfService(),
                    claim.getStatus(), claim.getCharged(), claim.getPaid(), claim.getAdjusted(), claim.getPatientShare(),
                    claim.getBalance(), claim.getCreatedAt(), claim.getSubmittedAt());
            int p = 0;
            for (ClaimEvent e : claim.getEvents()) {
                t("claim_event").row(claim.getId(), p++, e.getAt(), e.getBy(), e.getFrom(), e.getTo(), e.getNote());
            }
        }
    }

    /**
     * A sheet with warnings is reviewed three days to two weeks after the visit, as a billing office
     * works its queue: each warned line is kept as charted, with the manager's reason (the domain's
     * {@link ChargeSheet#fix}), so the review queue holds the last days' sheets, not ten years of
     * them. A line the domain would not take as it is (no diagnosis to point to) stays in review.
     * The delay comes from the sheet's id, not the shared random stream, so the rest of the data
     * set is the same as without it. Answers when the sheet is ready to approve.
     */
    private Instant reviewed(ChargeSheet sheet) {
        Instant at = sheet.getCreatedAt().plus(Duration.ofDays(3 + Math.floorMod(sheet.getId() * 0x9E3779B97F4A7C15L >>> 20, 12)))
                .plus(Duration.ofHours(2));
        if (!at.isBefore(now)) {
            return at;
        }
        int diagnoses = sheet.getDiagnoses().size();
        for (ChargeLine line : sheet.getLines()) {
            if (line.getWarnings().isEmpty()) {
                continue;
            }
            List<Integer> pointers = line.getDiagnosisPointers();
            if (line.getUnits() > 0 && pointers.isEmpty() && diagnoses > 0) {
                pointers = List.of(1);
            }
            boolean takesIt = (line.getUnits() == 0 || !pointers.isEmpty())
                    && pointers.size() <= ChargeRules.POINTERS_PER_LINE
                    && pointers.stream().allMatch(p -> p >= 1 && p <= diagnoses)
                    && line.getModifierReasons().size() <= ChargeRules.MODIFIERS_PER_LINE
                    && line.getUnitFee() != null;
            if (!takesIt) {
                return at;
            }
            sheet.fix(line.getId(), new LineFix(line.getCode(), line.getUnits(),
                    line.getModifierReasons().stream().map(ModifierReason::getModifier).toList(), pointers),
                    line.getUnitFee(), "Reviewed against the visit note: billed as charted", MANAGER, at);
            event(at, MANAGER, Role.MANAGER, sheet.getPatient(), AuditAction.UPDATE, "ChargeSheet", sheet.getId(),
                    "ChargeService.fixLine");
        }
        return at;
    }

    /**
     * Ready and sent the next day; paid two to three weeks later (in part now and then), or denied.
     * A denial or a short payment is worked one to three months later, as a billing office does
     * before it ages past 120 days: here it is written off, so the A/R holds the last months' open
     * claims, not ten years of them.
     */
    private void claimHistory(Claim claim, Patient patient, LocalDate day) {
        Instant at = claim.getCreatedAt();
        claim.moveTo(ClaimStatus.READY, null, at.plusSeconds(60), MANAGER);
        Instant sent = at.plus(Duration.ofDays(1));
        if (!sent.isBefore(now)) {
            return;
        }
        claim.moveTo(ClaimStatus.SUBMITTED, "Sent in the day's 837P batch", sent, MANAGER);
        event(sent, MANAGER, Role.MANAGER, patient, AuditAction.UPDATE, "Claim", claim.getId(), "ClaimService.move");
        Instant paidAt = sent.plus(Duration.ofDays(13 + rnd.nextInt(11)));
        if (!paidAt.isBefore(now)) {
            return;
        }
        int roll = rnd.nextInt(100);
        if (roll < 6) {
            claim.moveTo(ClaimStatus.DENIED, "CO-50: not deemed medically necessary by the payer", paidAt, MANAGER);
            event(paidAt, MANAGER, Role.MANAGER, patient, AuditAction.UPDATE, "Claim", claim.getId(),
                    "ClaimService.move");
            workedOff(claim, patient, paidAt, "The denial was upheld on review; written off");
            return;
        }
        BigDecimal charged = claim.getCharged().amount();
        BigDecimal contractual = charged.multiply(new BigDecimal("0.15")).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal coinsurance = claim.getPayer() == medicare
                ? charged.subtract(contractual).multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_EVEN)
                : BigDecimal.ZERO.setScale(2);
        BigDecimal paid = charged.subtract(contractual).subtract(coinsurance);
        if (roll < 20) {
            paid = paid.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_EVEN);
        }
        List<Adjustment> adjustments = new ArrayList<>();
        if (contractual.signum() > 0) {
            adjustments.add(new Adjustment(AdjustmentGroup.CO, "45", Money.of(contractual)));
        }
        if (coinsurance.signum() > 0) {
            adjustments.add(new Adjustment(AdjustmentGroup.PR, "2", Money.of(coinsurance)));
        }
        Payment payment = ids.assign(Payment.fromPayer(claim, Money.of(paid), adjustments,
                paidAt.atZone(ZONE).toLocalDate(), PaymentMethod.EFT, "EFT" + (100_000 + rnd.nextInt(900_000)), MANAGER,
                paidAt));
        claim.post(payment, paidAt, MANAGER);
        payment(payment);
        event(paidAt, MANAGER, Role.MANAGER, patient, AuditAction.CREATE, "Payment", payment.getId(),
                "ClaimService.postPayment");
        if (claim.getStatus() == ClaimStatus.PARTIALLY_PAID) {
            workedOff(claim, patient, paidAt, "The short payment was upheld on review; the rest written off");
        }
    }

    /** Writes the claim off 30 to 90 days after {@code since}, when that is before now. */
    private void workedOff(Claim claim, Patient patient, Instant since, String why) {
        Instant at = since.plus(Duration.ofDays(30 + rnd.nextInt(61)));
        if (at.isBefore(now)) {
            claim.moveTo(ClaimStatus.WRITTEN_OFF, why, at, MANAGER);
            event(at, MANAGER, Role.MANAGER, patient, AuditAction.UPDATE, "Claim", claim.getId(), "ClaimService.move");
        }
    }

    private void payment(Payment p) {
        t("payment").row(p.getId(), 0, p.getSource(), p.getPatient().getId(),
                p.getPayer() == null ? null : p.getPayer().getId(), p.getClaim() == null ? null : p.getClaim().getId(),
                p.getAppointmentId(), p.getAmount(), p.getReceivedOn(), p.getMethod(), p.getReference(), p.getPostedBy(),
                p.getPostedAt());
        int position = 0;
        for (Adjustment adj : p.getAdjustments()) {
            t("payment_adjustment").row(p.getId(), position++, adj.getGroup(), adj.getReasonCode(), adj.getAmount());
        }
    }

    /** Used by the integration test: how many sheets wait for review. */
    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
