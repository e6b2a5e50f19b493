package org.artclinic.clinic.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.system.DatabaseMigrator;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail (decision 0037) as an administrator reads it: each audited action of a user writes
 * exactly one row with who, when, from where, which patient and record, what and how it ended (a
 * change with its values before and after; a failed sign-in too); the database refuses to change or
 * remove a row; and a row changed behind the application's back (here: with the trigger dropped, as
 * a database owner could) is found by the verification at its link.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String PASSWORD = "Audit-test-2026";

    @Inject
    private ClinicFixture fixture;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private PatientService patients;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private AuditReport report;

    @EJB
    private AuditTrail trail;

    @EJB
    private org.artclinic.clinic.setup.ClinicClock clock;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    @Test
    void eachAuditedActionWritesOneRowWithWhoWhatWhenWhereAndThePatient() throws Exception {
        String desk = "auditdesk" + fixture.suffix().toLowerCase(java.util.Locale.ROOT);
        fixture.staffWhoSignsIn(desk, PASSWORD, Role.FRONT_DESK);
        Patient patient = fixture.patient("Aude", "Trail");
        ApiClient api = new ApiClient(base, desk, PASSWORD);
        Instant start = Instant.now().minusSeconds(1);

        // a read of the patient over the API: one VIEW row, with the patient, the record and the address
        assertEquals(200, api.get("api/patients/" + patient.getId()).statusCode());
        List<AuditEvent> rows = rowsOf(desk, start);
        assertEquals(1, rows.size(), "one row for one read: " + describe(rows));
        AuditEvent view = rows.get(0);
        assertEquals(AuditAction.VIEW, view.getAction());
        assertEquals(patient.getId(), view.getPatientId());
        assertEquals("Patient", view.getRecordType());
        assertEquals(String.valueOf(patient.getId()), view.getRecordId());
        assertEquals(AuditOutcome.SUCCESS, view.getOutcome());
        assertNotNull(view.getAddress(), "where the request came from");
        assertEquals("PatientService.find", view.getSource());

        // a search that shows patients: one SEARCH row
        assertEquals(200, api.get("api/patients?q=Trail").statusCode());
        List<AuditEvent> searched = rowsOf(desk, start);
        assertEquals(2, searched.size(), describe(searched));
        assertEquals(AuditAction.SEARCH, searched.get(0).getAction());

        // a calendar that shows the patient's visit: one SEARCH row too, naming the patient when the
        // calendar shows only them (the calendar reads rows, not appointments, decision 0052)
        Location here = fixture.location("Audit Street", ZoneId.of("America/Chicago"));
        Practitioner raman = fixture.practitioner("Dr. Audit", here, LocalTime.of(8, 0), LocalTime.of(18, 0));
        LocalDate day = LocalDate.now(ZoneId.of("America/Chicago")).plusDays(3);
        Instant ten = day.atTime(10, 0).atZone(ZoneId.of("America/Chicago")).toInstant();
        asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), raman.getId(), here.getId(), null,
                null, ten, ten.plusSeconds(1800), null, false)));
        Instant beforeCalendar = Instant.now().minusMillis(1);
        assertEquals(200, api.get("api/appointments?locationId=" + here.getId() + "&from="
                + java.net.URLEncoder.encode(day.atStartOfDay(ZoneId.of("America/Chicago")).toOffsetDateTime().toString(),
                        java.nio.charset.StandardCharsets.UTF_8) + "&to="
                + java.net.URLEncoder.encode(day.plusDays(1).atStartOfDay(ZoneId.of("America/Chicago")).toOffsetDateTime()
                        .toString(), java.nio.charset.StandardCharsets.UTF_8)).statusCode());
        List<AuditEvent> calendar = rowsOf(desk, beforeCalendar);
        assertEquals(1, calendar.size(), describe(calendar));
        assertEquals(AuditAction.SEARCH, calendar.get(0).getAction());
        assertEquals(patient.getId(), calendar.get(0).getPatientId(), "the one patient the calendar showed");
        assertEquals("1 results", calendar.get(0).getDetail());

        // an edit keeps the values before and after
        Instant beforeEdit = Instant.now().minusMillis(1);
        asFrontDesk.call(() -> {
            Patient fresh = patients.find(patient.getId());
            PatientDetails d = fresh.details();
            return patients.update(fresh.getId(), fresh.getVersion(), new PatientDetails(d.givenName(), d.familyName(),
                    d.birthDate(), d.sex(), "(312) 555-0199", d.email(), d.address(), d.emergencyContactName(),
                    d.emergencyContactPhone(), d.emergencyContactRelationship(), d.preferredContact(), d.occupation(),
                    d.workSetup(), d.sportAndTrainingLoad(), d.referralSource(), d.alerts()));
        });
        List<AuditEvent> edits = asAdmin.call(() -> report.events(new AuditFilter(beforeEdit, null, null,
                patient.getId(), AuditAction.UPDATE), 0, 10));
        assertEquals(1, edits.size(), describe(edits));
        assertEquals("PatientService.update", edits.get(0).getSource());
        assertTrue(edits.get(0).getAfter().contains("555-0199") || edits.get(0).getAfter().contains("5550199"),
                edits.get(0).getAfter());
        assertFalse(edits.get(0).getBefore().contains("5550199"), "the old values: " + edits.get(0).getBefore());

        // a wrong password: a failed sign-in row, kept although the request was refused
        assertEquals(401, new ApiClient(base, desk, "wrong-" + PASSWORD).get("api/patients?q=Trail").statusCode());
        List<AuditEvent> failed = asAdmin.call(() -> report.events(new AuditFilter(start, null, desk, null,
                AuditAction.SIGN_IN_FAILED), 0, 10));
        assertEquals(1, failed.size());
        assertEquals(AuditOutcome.DENIED, failed.get(0).getOutcome());
        assertEquals("wrong password", failed.get(0).getDetail());

        // a call and a page outside the role: refused, and each refusal is a row
        assertEquals(403, api.get("api/reports/revenue").statusCode());
        org.artclinic.clinic.testsupport.WebClient pages = new org.artclinic.clinic.testsupport.WebClient(base);
        pages.login(desk, PASSWORD);
        assertEquals(403, pages.get("billing/overview.xhtml").statusCode());
        List<AuditEvent> denied = asAdmin.call(() -> report.events(new AuditFilter(start, null, desk, null,
                AuditAction.ACCESS_DENIED), 0, 10));
        assertEquals(2, denied.size(), describe(denied));
        assertTrue(denied.stream().anyMatch(e -> e.getDetail().contains("api/reports/revenue")), describe(denied));
        assertTrue(denied.stream().anyMatch(e -> e.getDetail().contains("billing/overview.xhtml")), describe(denied));
        assertTrue(denied.stream().allMatch(e -> e.getOutcome() == AuditOutcome.DENIED));
        assertEquals(1, asAdmin.call(() -> report.events(new AuditFilter(start, null, desk, null, AuditAction.SIGN_IN),
                0, 10)).size(), "the page sign-in is a row; the API's Basic calls are not sign-ins");

        // and the administrator's API lists the patient's access history
        ApiClient admin = new ApiClient(base, "admin");
        HttpResponse<String> history = admin.get("api/audit?patientId=" + patient.getId());
        assertEquals(200, history.statusCode(), history::body);
        assertTrue(history.body().contains("\"user\":\"" + desk + "\""), history.body());
        assertEquals(403, api.get("api/audit?patientId=" + patient.getId()).statusCode(), "administrators only");
        assertEquals(400, admin.get("api/audit?from=yesterday").statusCode());
    }

    @Test
    void aPatientCanBeGivenTheirAccessHistoryInWordsTheyRead() throws Exception {
        String desk = "accessdesk" + fixture.suffix().toLowerCase(java.util.Locale.ROOT);
        fixture.staffWhoSignsIn(desk, PASSWORD, Role.FRONT_DESK);
        Patient patient = fixture.patient("Hester", "Accessreport");
        Patient other = fixture.patient("Otto", "Accessreport");
        Instant start = Instant.now(); // after the registrations

        ApiClient api = new ApiClient(base, desk, PASSWORD);
        assertEquals(200, api.get("api/patients/" + patient.getId()).statusCode());
        assertEquals(200, api.get("api/patients/" + other.getId()).statusCode());

        AuditReport.AccessHistory history = asAdmin.call(() -> report.accessHistory(patient.getId(), start, null));
        assertEquals(patient.getChartNumber(), history.chartNumber());
        assertEquals(1, history.lines().size(), "only this patient's accesses: " + history.lines());
        AuditReport.AccessLine line = history.lines().get(0);
        assertEquals("Staff " + desk, line.person(), "staff by the name the patient knows, not a user name");
        assertEquals(AuditAction.VIEW, line.action());
        assertEquals("FRONT_DESK", line.role());

        byte[] pdf = AccessReportPdf.of(history, java.time.ZoneId.of("America/Chicago"));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(text.contains("Record access report") && text.contains(patient.getFullName())
                && text.contains(patient.getChartNumber()), text);
        assertTrue(text.contains("Staff " + desk) && text.contains("Front desk") && text.contains("viewed (patient)"),
                text);
        assertFalse(text.contains("Otto"), "nothing of another patient");
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asFrontDesk.call(
                () -> report.accessHistory(patient.getId(), start, null)), "administrators give it out");
    }

    @Test
    void theDatabaseRefusesToChangeAnAuditRowAndAChangeMadeAnywayIsFound() throws Exception {
        Patient patient = fixture.patient("Tam", "Per");
        asFrontDesk.call(() -> patients.find(patient.getId()));
        AuditEvent row = asAdmin.call(() -> report.events(new AuditFilter(null, null, null, patient.getId(),
                AuditAction.VIEW), 0, 1)).get(0);
        assertTrue(asAdmin.call(() -> report.verify()).intact(), "intact before anyone tampers");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // every event is sealed or waits in the sealer's queue, and a sealed one waits no more (decision 0047)
            try (ResultSet lost = s.executeQuery("SELECT COUNT(*) FROM audit_event e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM audit_seal x WHERE x.event_id = e.id) AND NOT EXISTS"
                    + " (SELECT 1 FROM audit_pending p WHERE p.event_id = e.id)")) {
                lost.next();
                assertEquals(0, lost.getLong(1), "events neither sealed nor waiting for a seal");
            }
            try (ResultSet waiting = s.executeQuery("SELECT COUNT(*) FROM audit_pending WHERE event_id = " + row.getId())) {
                waiting.next();
                assertEquals(0, waiting.getLong(1), "the verified event no longer waits");
            }
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_event SET username = 'nobody' WHERE id = " + row.getId()));
            assertTrue(String.valueOf(refused.getMessage()).contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event WHERE id = " + row.getId()));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_seal"));
        }

        // a database owner drops the guard and rewrites who read the record
        boolean postgres = isPostgres();
        String original = row.getUser();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_append_only" + (postgres ? " ON audit_event" : ""));
            try (PreparedStatement p = c.prepareStatement("UPDATE audit_event SET username = ? WHERE id = ?")) {
                p.setString(1, "someone-else");
                p.setLong(2, row.getId());
                assertEquals(1, p.executeUpdate());
            }
        }
        try {
            AuditReport.Verification v = asAdmin.call(() -> report.verify());
            assertFalse(v.intact(), "the change is found");
            assertEquals(row.getId(), v.broken().orElseThrow().eventId());
            assertTrue(v.broken().get().reason().contains("changed after it was sealed"), v.broken().get().reason());
            HttpResponse<String> api = new ApiClient(base, "admin").get("api/audit/verification");
            assertTrue(api.body().contains("\"intact\":false") && api.body().contains("\"eventId\":" + row.getId()),
                    api.body());
        } finally {
            // put it back as it was, guard included, for the tests after this one
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try (PreparedStatement p = c.prepareStatement("UPDATE audit_event SET username = ? WHERE id = ?")) {
                    p.setString(1, original);
                    p.setLong(2, row.getId());
                    p.executeUpdate();
                }
                s.execute(postgres
                        ? "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event"
                                + " FOR EACH ROW EXECUTE FUNCTION refuse_change_of_audit()"
                        : "CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event"
                                + " FOR EACH ROW CALL 'org.artclinic.clinic.audit.H2AppendOnlyTrigger'");
            }
        }
        assertTrue(asAdmin.call(() -> report.verify()).intact(), "intact again once restored");
    }

    @Test
    void anAdministratorExportsTheWholePeriodInTheOrderShownNotJustAPage() throws Exception {
        // more events than one export chunk, some sharing an instant, so that the chunks' seams are crossed
        String[] users = {"exportb" + fixture.suffix().toLowerCase(java.util.Locale.ROOT),
                "exporta" + fixture.suffix().toLowerCase(java.util.Locale.ROOT)};
        int count = AuditReport.EXPORT_CHUNK + 150;
        // a day of the distant past of its own (the suffix differs per run), so that nothing else falls in it
        java.time.LocalDate day = java.time.LocalDate.of(1995, 1, 1)
                .plusDays(Math.floorMod(fixture.suffix().hashCode(), 5_000));
        Instant base0 = day.atTime(16, 0).toInstant(java.time.ZoneOffset.UTC);
        asAdmin.call(() -> {
            for (int i = 0; i < count; i++) {
                trail.record(AuditEvent.of(base0.plusSeconds(i / 3), users[i % 2], AuditAction.VIEW, "AuditTrailIT.export")
                        .detail(i == 7 ? "=HYPERLINK(\"http://evil.example\")" : "event " + i).build());
            }
            return null;
        });
        AuditFilter period = new AuditFilter(base0, base0.plusSeconds(count), null, null, null);
        assertEquals(count, asAdmin.call(() -> report.count(period)), "nothing else on that day");

        for (AuditReport.Order order : AuditReport.Order.values()) {
            List<Long> exported = new java.util.ArrayList<>();
            long total = asAdmin.call(() -> report.exportEvents(period, order,
                    rows -> rows.forEach(r -> exported.add(r.event().getId()))));
            List<Long> paged = new java.util.ArrayList<>();
            for (int first = 0; first < count; first += 250) {
                int from = first;
                asAdmin.call(() -> report.rows(period, order, from, 250)).forEach(r -> paged.add(r.event().getId()));
            }
            assertEquals(count, total, order.name());
            assertEquals(paged, exported, order + ": the export holds every row, in the order the pages show");
            assertEquals(count, new java.util.HashSet<>(exported).size(), order + ": no row twice");
        }
        List<AuditEvent> byUser = asAdmin.call(() -> report.rows(period, AuditReport.Order.BY_USER, 0, count))
                .stream().map(AuditReport.Row::event).toList();
        assertEquals(users[1], byUser.get(0).getUser());
        assertEquals(users[0], byUser.get(count - 1).getUser());
        assertTrue(byUser.get(0).getAt().isAfter(byUser.get(count / 2 - 1).getAt()), "each user's newest first");

        // the page's CSV button: the whole filtered period, not the 50 rows on the page
        org.artclinic.clinic.testsupport.WebClient admin = new org.artclinic.clinic.testsupport.WebClient(base);
        admin.login("admin", org.artclinic.clinic.testsupport.ApiClient.PASSWORD);
        String view = org.artclinic.clinic.testsupport.WebClient.viewState(admin.get("admin/audit.xhtml"));
        java.util.Map<String, String> filter = java.util.Map.of("auditForm:from_input", day.toString(),
                "auditForm:to_input", day.toString(), "auditForm:user", users[1]);
        java.util.Map<String, String> show = new java.util.HashMap<>(filter);
        show.put("jakarta.faces.partial.execute", "auditForm"); // the button processes the whole form
        show.put("auditForm:apply", "auditForm:apply");
        HttpResponse<String> applied = admin.ajax("admin/audit.xhtml", view, "auditForm", "auditForm:apply", null,
                show, "auditForm");
        assertEquals(200, applied.statusCode());
        assertFalse(applied.body().contains("ui-messages-error"), applied.body());
        assertFalse(applied.body().contains("events match"), "an exact total says nothing more");
        // the table may break a name after its dot (a zero-width space), which a reader does not see
        assertTrue(applied.body().replace("\u200B", "").contains("AuditTrailIT.export"),
                "the page shows that user's rows: " + applied.body());
        java.util.Map<String, String> export = new java.util.HashMap<>(filter);
        export.put("auditForm", "auditForm");
        export.put("auditForm:exportCsv", "");
        export.put("jakarta.faces.ViewState", view);
        HttpResponse<String> csv = admin.postForm("admin/audit.xhtml", export);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                csv.headers().toString());
        List<String> lines = csv.body().lines().toList();
        assertEquals(1 + count / 2, lines.size(), "a header and every row of that user in the period: " + csv.body());
        assertTrue(lines.get(0).startsWith("\uFEFFWhen,User,Roles,Action,Patient"), lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("," + users[1] + ",")), "only that user");
        String newest = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(base0.plusSeconds((count - 1) / 3).atZone(clock.zone()));
        assertTrue(lines.get(1).startsWith(newest + ","), "newest first, in the clinic's time: " + lines.get(1));
        assertTrue(csv.body().contains("\"'=HYPERLINK("), "a formula typed in arrives as text, not as a formula");

        List<AuditEvent> adminRows = asAdmin.call(() -> report.events(new AuditFilter(null, null, "admin",
                null, null), 0, 2));
        assertEquals(List.of(AuditAction.EXPORT, AuditAction.SIGN_IN),
                adminRows.stream().map(AuditEvent::getAction).toList(),
                "the latest: one row for the export, before it one for the sign-in (none for the password check)");
        AuditEvent recorded = adminRows.get(0);
        assertEquals("AuditReport.exportEvents", recorded.getSource());
        assertEquals(count / 2 + " audit events exported of user " + users[1], recorded.getDetail(),
                "the export is itself in the trail");
    }

    /**
     * A patient's audit grows for as long as they are a patient; a page of it must cost the page, not
     * the history. PostgreSQL plans the report's prepared statement once for any values after five
     * executions (a generic plan); without the id in the index that plan read and sorted every event
     * of the patient for each page of 50 (decision 0064). The page is checked on both databases, the
     * plan on PostgreSQL, whose plan it is.
     */
    @Test
    void aPageOfALongHistoryReadsThePageNotTheWholeHistoryWhateverPlanIsCached() throws Exception {
        Patient patient = fixture.patient("Long", "History");
        int count = 1_200;
        Instant base0 = Instant.parse("1990-03-01T15:00:00Z"); // before the export test's days
        asAdmin.call(() -> {
            for (int i = 0; i < count; i++) {
                trail.record(AuditEvent.of(base0.plusSeconds(i / 2), "historydesk", AuditAction.VIEW,
                        "AuditTrailIT.history").patient(patient.getId()).build());
            }
            return null;
        });
        AuditFilter history = new AuditFilter(base0, base0.plusSeconds(count), null, patient.getId(), null);
        AuditReport.Page page = asAdmin.call(() -> report.page(history, 0, 50));
        assertEquals(new AuditReport.Total(count, true), page.total(), "under the limit the total is exact");
        assertEquals(50, page.events().size());
        assertEquals(base0.plusSeconds((count - 1) / 2), page.events().get(0).getAt(), "newest first");

        if (!isPostgres()) {
            return; // the generic plan is PostgreSQL's (an assumption would fail the in-container run)
        }
        String plan = genericPlan("SELECT * FROM audit_event WHERE occurred_at >= $1 AND occurred_at < $2"
                + " AND patient_id = $3 ORDER BY occurred_at DESC, id DESC LIMIT $4 OFFSET $5",
                "(timestamptz, timestamptz, bigint, int, int)",
                "('" + base0 + "', '" + base0.plusSeconds(count) + "', " + patient.getId() + ", 50, 0)");
        assertFalse(plan.contains("Sort"), "the index gives the order, nothing is sorted:\n" + plan);
        java.util.regex.Matcher scan = java.util.regex.Pattern.compile("Index (Only )?Scan.*actual time=\\S+ rows=(\\d+)")
                .matcher(plan);
        assertTrue(scan.find(), plan);
        assertTrue(Integer.parseInt(scan.group(2)) <= 51, "the scan stops at the page's last row, not at "
                + count + ":\n" + plan);
    }

    @Test
    void pastTheCountLimitTheReportSaysMoreThanInsteadOfCountingEveryEvent() throws Exception {
        String user = "manyviews" + fixture.suffix().toLowerCase(java.util.Locale.ROOT);
        int count = AuditReport.COUNT_LIMIT + 7;
        Instant base0 = Instant.parse("1989-06-01T15:00:00Z"); // a period no other test writes in
        asAdmin.call(() -> {
            for (int i = 0; i < count; i++) {
                trail.record(AuditEvent.of(base0.plusSeconds(i), user, AuditAction.VIEW, "AuditTrailIT.limit").build());
            }
            return null;
        });
        AuditFilter all = new AuditFilter(base0, base0.plusSeconds(count), user, null, null);
        AuditReport.Page page = asAdmin.call(() -> report.page(all, 0, 50));
        assertEquals(new AuditReport.Total(AuditReport.COUNT_LIMIT, false), page.total(), "more than the limit");
        assertEquals(base0.plusSeconds(count - 1), page.events().get(0).getAt(), "the page is still the newest");
        AuditFilter limit = new AuditFilter(base0, base0.plusSeconds(AuditReport.COUNT_LIMIT), user, null, null);
        assertEquals(new AuditReport.Total(AuditReport.COUNT_LIMIT, true), asAdmin.call(() -> report.total(limit)),
                "exactly the limit is exact");
        AuditFilter views = new AuditFilter(base0, base0.plusSeconds(5), null, null, AuditAction.VIEW);
        assertEquals(new AuditReport.Total(5, true), asAdmin.call(() -> report.total(views)), "the action filter");
        // an action alone over the period (its own index since V28): the newest page and the limited total
        AuditReport.Page viewed = asAdmin.call(() -> report.page(new AuditFilter(base0, base0.plusSeconds(count), null,
                null, AuditAction.VIEW), 0, 50));
        assertEquals(new AuditReport.Total(AuditReport.COUNT_LIMIT, false), viewed.total());
        assertEquals(base0.plusSeconds(count - 1), viewed.events().get(0).getAt());
        assertEquals(0, asAdmin.call(() -> report.page(new AuditFilter(base0, base0.plusSeconds(count), null, null,
                AuditAction.EMERGENCY_ACCESS), 0, 50)).events().size(), "none of an action that did not happen");
        // a user and an action together (their own index since V29): another user signs notes in the same period,
        // and the first user, who only viewed, has none of it
        String signer = "signer" + fixture.suffix().toLowerCase(java.util.Locale.ROOT);
        int signed = 300;
        asAdmin.call(() -> {
            for (int i = 0; i < signed; i++) {
                trail.record(AuditEvent.of(base0.plusSeconds(2L * i + 1), signer, AuditAction.SIGN, "AuditTrailIT.limit").build());
            }
            return null;
        });
        AuditReport.Page noneSigned = asAdmin.call(() -> report.page(new AuditFilter(base0, base0.plusSeconds(count), user,
                null, AuditAction.SIGN), 0, 50));
        assertEquals(new AuditReport.Total(0, true), noneSigned.total(), "the viewer signed nothing");
        assertEquals(List.of(), noneSigned.events());
        AuditReport.Page signedPage = asAdmin.call(() -> report.page(new AuditFilter(base0, base0.plusSeconds(count),
                signer, null, AuditAction.SIGN), 0, 50));
        assertEquals(new AuditReport.Total(signed, true), signedPage.total());
        assertEquals(base0.plusSeconds(2L * (signed - 1) + 1), signedPage.events().get(0).getAt(), "newest first");
        assertEquals(new AuditReport.Total(AuditReport.COUNT_LIMIT, false), asAdmin.call(() -> report.total(
                new AuditFilter(base0, base0.plusSeconds(count), user, null, AuditAction.VIEW))), "the viewer's views");
        if (isPostgres()) {
            String userAndAction = " FROM audit_event WHERE occurred_at >= $1 AND occurred_at < $2 AND username = $3"
                    + " AND action = $4";
            String values = "'" + base0 + "', '" + base0.plusSeconds(count) + "', '" + user + "', 'SIGN'";
            for (String plan : List.of(
                    genericPlan("SELECT *" + userAndAction + " ORDER BY occurred_at DESC, id DESC LIMIT $5 OFFSET $6",
                            "(timestamptz, timestamptz, varchar, varchar, int, int)", "(" + values + ", 50, 0)"),
                    genericPlan("SELECT COUNT(*) FROM (SELECT 1" + userAndAction + " LIMIT $5) limited",
                            "(timestamptz, timestamptz, varchar, varchar, int)",
                            "(" + values + ", " + (AuditReport.COUNT_LIMIT + 1) + ")"))) {
                // neither the viewer's 10,007 views nor the signer's 300 signatures are read to find none
                assertFalse(plan.contains("Rows Removed by") || plan.contains("Sort"),
                        "the index holds both columns, nothing is read and thrown away:\n" + plan);
            }
        }
        assertEquals(count, asAdmin.call(() -> report.count(all)), "a patient's access history still counts exactly");
        // a page past the limit can still be read: the limit is on the count, not on the rows
        assertEquals(base0.plusSeconds(6), asAdmin.call(() -> report.page(all, AuditReport.COUNT_LIMIT, 50))
                .events().get(0).getAt());

        HttpResponse<String> api = new ApiClient(base, "admin").get("api/audit?user=" + user + "&from=" + base0
                + "&to=" + base0.plusSeconds(count) + "&max=1");
        assertEquals(200, api.statusCode(), api::body);
        assertEquals(String.valueOf(AuditReport.COUNT_LIMIT), ApiClient.field(api.body(), "total"), api.body());
        assertEquals("false", ApiClient.field(api.body(), "totalExact"), api.body());
        HttpResponse<String> exact = new ApiClient(base, "admin").get("api/audit?user=" + user + "&from=" + base0
                + "&to=" + base0.plusSeconds(3) + "&max=1");
        assertEquals("3", ApiClient.field(exact.body(), "total"), exact.body());
        assertEquals("true", ApiClient.field(exact.body(), "totalExact"), exact.body());

        // the page says so under the table
        org.artclinic.clinic.testsupport.WebClient browser = new org.artclinic.clinic.testsupport.WebClient(base);
        browser.login("admin", ApiClient.PASSWORD);
        String view = org.artclinic.clinic.testsupport.WebClient.viewState(browser.get("admin/audit.xhtml"));
        String day = base0.atZone(clock.zone()).toLocalDate().toString();
        java.util.Map<String, String> show = new java.util.HashMap<>(java.util.Map.of("auditForm:from_input", day,
                "auditForm:to_input", day, "auditForm:user", user));
        show.put("jakarta.faces.partial.execute", "auditForm");
        show.put("auditForm:apply", "auditForm:apply");
        HttpResponse<String> applied = browser.ajax("admin/audit.xhtml", view, "auditForm", "auditForm:apply", null,
                show, "auditForm");
        assertEquals(200, applied.statusCode());
        assertTrue(applied.body().contains("More than 10,000 events match"), applied.body());
    }

    /** PostgreSQL's generic plan of a statement, as EXPLAIN ANALYZE shows it run with these values. */
    private String genericPlan(String sql, String types, String values) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            boolean prepared = false;
            try {
                s.execute("SET LOCAL plan_cache_mode = force_generic_plan"); // this transaction only
                // a prepared statement outlives the transaction: only this one is removed, not the driver's
                s.execute("PREPARE audit_page_plan " + types + " AS " + sql);
                prepared = true;
                StringBuilder plan = new StringBuilder();
                try (ResultSet r = s.executeQuery("EXPLAIN ANALYZE EXECUTE audit_page_plan " + values)) {
                    while (r.next()) {
                        plan.append(r.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                c.rollback();
                if (prepared) {
                    s.execute("DEALLOCATE audit_page_plan");
                }
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private List<AuditEvent> rowsOf(String user, Instant since) throws Exception {
        return asAdmin.call(() -> report.events(new AuditFilter(since, null, user, null, null), 0, 50));
    }

    private static String describe(List<AuditEvent> rows) {
        return String.join("; ", rows.stream().map(e -> e.getAction() + " " + e.getSource() + " patient "
                + e.getPatientId() + " " + e.getDetail()).toList());
    }

    private boolean isPostgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
    }
}
