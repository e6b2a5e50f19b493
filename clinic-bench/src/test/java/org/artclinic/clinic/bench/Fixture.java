package org.artclinic.clinic.bench;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.artclinic.clinic.testsupport.ApiClient;

/**
 * What the simulated staff work on, read from the generated database (patients to look up, the
 * patient with the most visits, practitioners, locations, protocols) and made through the API
 * where the workload writes: an API token per account, and for each simulated practitioner a
 * patient of their own with an intake, a consent and a queue of their appointments to chart.
 */
final class Fixture {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final String PASSWORD = ApiClient.PASSWORD;

    /**
     * A practitioner and the patient they have seen most often (the record they open is theirs to
     * open, as the care team rule of decision 0039 asks), with that patient's visits and chart number.
     */
    record Practitioner(long id, String login, long locationId, long busiestPatient, int busiestVisits,
            String busiestChart) {
    }

    record PatientKey(long id, String familyPrefix, String phone, String chartNumber) {
    }

    /** A simulated practitioner's own patient and the appointments they will chart, one note at a time. */
    static final class Charting {
        final Practitioner practitioner;
        final Deque<Long> appointments = new ArrayDeque<>();
        Long draft;
        int entries;

        Charting(Practitioner practitioner) {
            this.practitioner = practitioner;
        }
    }

    final List<Practitioner> practitioners = new ArrayList<>();
    final List<Long> locations = new ArrayList<>();
    final List<PatientKey> patients = new ArrayList<>();
    final List<Long> protocols = new ArrayList<>();
    /** The patient with the most visits of all, whose ten years of audit the administrator reads. */
    long busiestPatient;
    int busiestVisits;
    LocalDate today;
    /** The last whole month: what a manager closes at month end. */
    LocalDate monthStart;
    final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    static Fixture read(String jdbcUrl, Random random) throws SQLException {
        Fixture f = new Fixture();
        f.today = LocalDate.now(ZONE);
        f.monthStart = f.today.withDayOfMonth(1).minusMonths(1);
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            try (ResultSet r = c.createStatement().executeQuery("SELECT p.id, u.username, MIN(w.location_id),"
                    + " (SELECT n.patient_id FROM visit_note n WHERE n.practitioner_id = p.id GROUP BY n.patient_id"
                    + "  ORDER BY COUNT(*) DESC, n.patient_id LIMIT 1)"
                    + " FROM practitioner p JOIN user_account u ON u.id = p.user_account_id"
                    + " JOIN working_hours w ON w.practitioner_id = p.id WHERE p.active"
                    + " GROUP BY p.id, u.username ORDER BY p.id");
                    PreparedStatement busiest = c.prepareStatement("SELECT COUNT(*), MAX(p.chart_number) FROM visit_note n"
                            + " JOIN patient p ON p.id = n.patient_id WHERE n.patient_id = ?")) {
                while (r.next()) {
                    busiest.setLong(1, r.getLong(4));
                    try (ResultSet b = busiest.executeQuery()) {
                        b.next();
                        f.practitioners.add(new Practitioner(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4),
                                b.getInt(1), b.getString(2)));
                    }
                }
            }
            try (ResultSet r = c.createStatement().executeQuery("SELECT id FROM location WHERE active ORDER BY id")) {
                while (r.next()) {
                    f.locations.add(r.getLong(1));
                }
            }
            // a sample of patients spread over the whole table (by id), not the first page
            try (ResultSet r = c.createStatement().executeQuery("SELECT id, family_name, phone, chart_number FROM patient"
                    + " WHERE phone IS NOT NULL AND id % 97 = 0 ORDER BY id LIMIT 500")) {
                while (r.next()) {
                    String family = r.getString(2);
                    f.patients.add(new PatientKey(r.getLong(1), family.substring(0, Math.min(3, family.length())),
                            r.getString(3), r.getString(4)));
                }
            }
            try (ResultSet r = c.createStatement().executeQuery("SELECT id FROM protocol WHERE status = 'ACTIVE'"
                    + " AND sides = 'LEFT,RIGHT' ORDER BY id")) {
                while (r.next()) {
                    f.protocols.add(r.getLong(1));
                }
            }
        }
        Practitioner top = f.practitioners.stream().max(java.util.Comparator.comparingInt(Practitioner::busiestVisits))
                .orElseThrow(() -> new IllegalStateException("The database has no generated clinic"));
        f.busiestPatient = top.busiestPatient();
        f.busiestVisits = top.busiestVisits();
        if (f.practitioners.isEmpty() || f.patients.isEmpty() || f.protocols.isEmpty()) {
            throw new IllegalStateException("The database has no generated clinic (practitioners " + f.practitioners.size()
                    + ", patients " + f.patients.size() + ", protocols " + f.protocols.size() + ")");
        }
        java.util.Collections.shuffle(f.patients, random);
        return f;
    }

    /** An API token for each account the workload uses (one password check each, here, not per call). */
    void makeTokens(URL base, List<String> logins) throws IOException, InterruptedException {
        for (String login : logins) {
            ApiClient basic = ApiClient.overHttp11(base, login);
            HttpResponse<String> created = basic.post("api/tokens", "{\"name\": \"Benchmark " + login + "\"}");
            if (created.statusCode() != 201) {
                throw new IllegalStateException("No token for " + login + ": " + created.statusCode() + " " + created.body());
            }
            tokens.put(login, ApiClient.field(created.body(), "token").replace("\"", ""));
        }
    }

    ApiClient api(URL base, String login) {
        return ApiClient.withTokenOverHttp11(base, tokens.get(login));
    }

    /**
     * A practitioner's own patient, registered by the desk, assessed (no red flag) and consented, with
     * {@code count} past appointments in free slots of the practitioner's working days, to chart.
     */
    Charting charting(URL base, String jdbcUrl, Practitioner practitioner, int count, int index)
            throws IOException, InterruptedException, SQLException {
        ApiClient desk = api(base, "frontdesk");
        ApiClient own = api(base, practitioner.login());
        HttpResponse<String> patient = desk.post("api/patients", "{\"givenName\": \"Bench\", \"familyName\": \"Charting"
                + ApiClient.letters() + "\", \"birthDate\": \"1980-01-" + String.format("%02d", 1 + index % 28)
                + "\"}");
        require(patient, 201, "register the charting patient");
        String patientId = ApiClient.field(patient.body(), "id");
        require(own.post("api/patients/" + patientId + "/intakes", "{\"chiefComplaint\": \"Stiff shoulder after"
                + " swimming\", \"regions\": [{\"region\": \"SHOULDER\", \"side\": \"RIGHT\"}], \"redFlags\":"
                + " {\"recentTrauma\": false, \"unexplainedWeightLossFeverNightPain\": false,"
                + " \"progressiveNeurologicalDeficit\": false, \"bleedingDisorderOrAnticoagulants\": false,"
                + " \"pregnancy\": false}, \"localContraindications\": []}"), 201, "record the intake");
        require(desk.post("api/patients/" + patientId + "/consents", "{\"signedOn\": \"" + today
                + "\", \"witnessedBy\": \"Front desk\"}"), 201, "record the consent");
        Charting charting = new Charting(practitioner);
        for (ZonedDateTime slot : freeSlots(jdbcUrl, practitioner.id(), count, index)) {
            HttpResponse<String> booked = desk.post("api/appointments", "{\"patientId\": " + patientId
                    + ", \"practitionerId\": " + practitioner.id() + ", \"locationId\": " + practitioner.locationId()
                    + ", \"start\": \"" + slot.toOffsetDateTime() + "\", \"end\": \"" + slot.plusMinutes(15).toOffsetDateTime()
                    + "\", \"confirmSameDay\": true}");
            if (booked.statusCode() == 201) {
                charting.appointments.add(Long.parseLong(ApiClient.field(booked.body(), "id")));
            }
        }
        if (charting.appointments.isEmpty()) {
            throw new IllegalStateException("No free slot could be booked for " + practitioner.login());
        }
        return charting;
    }

    /** Free quarter hours of the practitioner on past working days, from the last two months, none shared. */
    private List<ZonedDateTime> freeSlots(String jdbcUrl, long practitionerId, int count, int index) throws SQLException {
        Set<Instant> taken = new HashSet<>();
        Instant from = today.minusDays(70).atStartOfDay(ZONE).toInstant();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement s = c.prepareStatement("SELECT starts_at, ends_at FROM appointment"
                        + " WHERE practitioner_id = ? AND starts_at >= ? AND status <> 'CANCELLED'")) {
            s.setLong(1, practitionerId);
            s.setTimestamp(2, Timestamp.from(from));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (Instant t = r.getTimestamp(1).toInstant(); t.isBefore(r.getTimestamp(2).toInstant());
                            t = t.plusSeconds(900)) {
                        taken.add(t);
                    }
                }
            }
        }
        List<ZonedDateTime> free = new ArrayList<>();
        // each simulated practitioner of the same account takes its own hours of the day
        for (LocalDate day = today.minusDays(1); free.size() < count && day.isAfter(today.minusDays(70)); day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int quarter = (index % 4) * 13; quarter < (index % 4) * 13 + 13 && free.size() < count; quarter++) {
                ZonedDateTime slot = day.atTime(LocalTime.of(7, 0).plusMinutes(15L * quarter)).atZone(ZONE);
                if (!taken.contains(slot.toInstant())) {
                    free.add(slot);
                }
            }
        }
        return free;
    }

    static void require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Could not " + what + ": " + response.statusCode() + " " + response.body());
        }
    }
}
