package org.artclinic.clinic.testsupport;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.artclinic.clinic.credential.CredentialService;
import org.artclinic.clinic.credential.CredentialsRequest;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.ComplaintRegion;
import org.artclinic.clinic.intake.IntakeDetails;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.intake.PainScores;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.ScreeningAnswers;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.BookingRequest;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sets the stage for browser journeys, which run outside the server: a REST resource that exists
 * only in the test deployment ({@code POST /api/test-support/...}, HTTP Basic as an administrator)
 * and builds the journey's own small clinic through {@link ClinicFixture} and the real services.
 * It answers with what it made, as {@link Properties} text. Its operations are hidden from the
 * OpenAPI document ({@code @Operation(hidden = true)}): they are not part of the API, and
 * OpenApiLintIT lints the document of this deployment.
 */
@Stateless
@Path("test-support")
@RolesAllowed(Role.Names.ADMIN)
public class JourneySeeds {

    /**
     * Zones far from the usual server zones; the location's zone is one where the date differs
     * from the server's today, so a page that took "today" from the server would show the wrong day.
     */
    private static final List<String> FAR_ZONES = List.of("Pacific/Kiritimati", "Pacific/Niue", "Etc/GMT+12",
            "Asia/Tokyo", "America/Chicago");

    @Inject
    private Instance<ClinicFixture> fixtures;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private org.artclinic.clinic.setup.ClinicClock clock;

    @EJB
    private UserAccountService users;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private CredentialService credentials;

    @EJB
    private IntakeService intakes;

    /**
     * For {@code WaitlistJourneyIT}: a location where it is now another date than on the server's
     * clock, a practitioner who works there all day, a visit today (within the calendar's hours,
     * 30 to 90 minutes ahead where possible) to cancel, and two patients to put on the waitlist.
     */
    @POST
    @Path("waitlist-journey")
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_PLAIN)
    public String waitlistJourney() throws Exception {
        ClinicFixture clinic = fixtures.get();
        Instant now = Instant.now();
        LocalDate serverToday = LocalDate.now();
        // another date, and before 22:00 there, so that a visit 30 to 90 minutes ahead is still today: at
        // any hour one of UTC+14 (from 10:00 UTC) and UTC-12 (until 10:00 UTC) has both
        ZoneId zone = FAR_ZONES.stream().map(ZoneId::of)
                .filter(z -> !now.atZone(z).toLocalDate().equals(serverToday) && now.atZone(z).getHour() < 22)
                .findFirst().orElse(ZoneId.of(FAR_ZONES.get(0)));
        Location location = clinic.location("Waitlist journey clinic", zone);
        Practitioner practitioner = clinic.practitioner("Dr. Waitlist", location, LocalTime.MIN, LocalTime.of(23, 55));
        Patient cancelling = clinic.patient("Cora", "Cancelsjourney");
        Patient waiting = clinic.patient("Wendy", "Waitsjourney");
        Patient removed = clinic.patient("Rex", "Removedjourney");
        // the next full hour at least 30 minutes ahead: "the next full hour" alone could begin while the
        // journey runs (seeded at 06:59:40, the 07:00 slot had begun when the desk offered it; CI, 2026-12-06)
        ZonedDateTime soon = now.atZone(zone).plusMinutes(90).truncatedTo(ChronoUnit.HOURS);
        LocalDate today = now.atZone(zone).toLocalDate();
        int hour = soon.toLocalDate().equals(today) ? soon.getHour() : 24;
        // the calendar shows the practitioner's working hours, here the whole day: a visit from 06:00 to 23:30
        ZonedDateTime start = today.atTime(Math.max(6, Math.min(hour, 23)), 0).atZone(zone);
        asFrontDesk.call(() -> scheduling.book(new BookingRequest(cancelling.getId(), practitioner.getId(),
                location.getId(), null, null, start.toInstant(), start.plusMinutes(30).toInstant(), null)));

        Properties seeded = new Properties();
        seeded.setProperty("location", String.valueOf(location.getId()));
        seeded.setProperty("zone", zone.getId());
        seeded.setProperty("serverToday", serverToday.toString());
        seeded.setProperty("today", today.toString());
        seeded.setProperty("practitioner", String.valueOf(practitioner.getId()));
        seeded.setProperty("cancellingPatient", cancelling.getFullName());
        seeded.setProperty("waitingPatient", waiting.getFullName());
        seeded.setProperty("removedPatient", removed.getFullName());
        return text(seeded);
    }

    /**
     * For {@code CredentialsJourneyIT}: a practitioner with no credentials yet, and the clinic's
     * today (the dates the journey types are relative to it).
     */
    @POST
    @Path("credentials-journey")
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_PLAIN)
    public String credentialsJourney() throws Exception {
        ClinicFixture clinic = fixtures.get();
        Location location = clinic.location("Credentials journey clinic", ZoneId.of("America/Chicago"));
        Practitioner practitioner = clinic.practitioner("Dr. Nadia Credence", location, LocalTime.of(8, 0),
                LocalTime.of(17, 0));
        Properties seeded = new Properties();
        seeded.setProperty("practitioner", practitioner.getDisplayName());
        seeded.setProperty("today", clock.today().toString());
        return text(seeded);
    }

    /**
     * For {@code ChartingJourneyIT}: a practitioner who signs in (a random password, answered), with
     * a current licence and every ART certification, working all day at a location of their own; a
     * patient with a signed consent and an intake of a right-sided neck and shoulder complaint (range
     * of motion measured), an earlier visit a week ago (the journey charts and signs it through the
     * API, so today's note has a previous visit to take defaults from) and a visit today. Each
     * service call is its own transaction, as when an administrator and the front desk set it up.
     */
    @POST
    @Path("charting-journey")
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED) // each step commits, as from a page
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_PLAIN)
    public String chartingJourney() throws Exception {
        ClinicFixture clinic = fixtures.get();
        ZoneId zone = ZoneId.of("America/Chicago");
        Location location = clinic.location("Charting journey clinic", zone);
        String username = "chartjourney" + clinic.suffix().toLowerCase(java.util.Locale.ROOT);
        String password = "Journey-" + java.util.UUID.randomUUID();
        users.create(username, "Dr. Kai Keyboard", password, java.util.EnumSet.of(Role.PRACTITIONER));
        Practitioner practitioner = setup.createPractitioner("Dr. Kai Keyboard " + clinic.suffix(),
                org.artclinic.clinic.setup.Discipline.CHIROPRACTOR, null, "#1f6f78", username);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            setup.addWorkingHours(practitioner.getId(), location.getId(), day, LocalTime.MIN, LocalTime.of(23, 45));
        }
        LocalDate today = LocalDate.now(zone);
        credentials.save(practitioner.getId(), 0, new CredentialsRequest(org.artclinic.clinic.setup.Discipline.CHIROPRACTOR,
                "DC-" + clinic.suffix(), "IL", today.plusYears(1),
                java.util.Arrays.stream(RegionGroup.values())
                        .map(group -> new CredentialsRequest.CertificationRequest(group, today.minusYears(2),
                                today.plusYears(1)))
                        .toList()));

        Patient patient = clinic.patient("Nora", "Keyboardjourney");
        asFrontDesk.call(() -> intakes.recordConsent(patient.getId(), null, today.minusDays(8), "Front desk witness"));
        IntakeDetails details = new IntakeDetails("Right-sided neck pain into the shoulder after long days at a laptop",
                List.of(new ComplaintRegion(BodyRegion.NECK, Side.RIGHT), new ComplaintRegion(BodyRegion.SHOULDER, Side.RIGHT)),
                null, null, 6, null, null, null, "Laptop on the kitchen table", null, null,
                "Check the blind spot without pain", null,
                List.of(new RangeOfMotion(RomMovement.CERVICAL_ROTATION, Side.LEFT, 70),
                        new RangeOfMotion(RomMovement.CERVICAL_ROTATION, Side.RIGHT, 50),
                        new RangeOfMotion(RomMovement.SHOULDER_ABDUCTION, Side.LEFT, 175),
                        new RangeOfMotion(RomMovement.SHOULDER_ABDUCTION, Side.RIGHT, 140)),
                null, null, new PainScores(6, 3, 8));
        // the intake was eight days ago, before last week's visit, as the progress chart shows it
        clock.useClock(java.time.Clock.fixed(clock.now().minus(java.time.Duration.ofDays(8)), zone));
        try {
            asPractitioner.call(() -> intakes.recordIntake(patient.getId(), null, details, ScreeningAnswers.none()));
        } finally {
            clock.useClock(null);
        }
        ZonedDateTime lastWeek = today.minusDays(7).atTime(10, 0).atZone(zone);
        Appointment earlier = asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(),
                practitioner.getId(), location.getId(), null, null, lastWeek.toInstant(),
                lastWeek.plusMinutes(30).toInstant(), null)));
        // today, in the next free half hour where the day still has one (else just after midnight)
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime soon = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        ZonedDateTime start = soon.toLocalDate().equals(today) && soon.toLocalTime().isBefore(LocalTime.of(23, 0))
                ? soon : today.atTime(0, 15).atZone(zone);
        Appointment visit = asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(),
                practitioner.getId(), location.getId(), null, null, start.toInstant(),
                start.plusMinutes(30).toInstant(), null)));

        Properties seeded = new Properties();
        seeded.setProperty("username", username);
        seeded.setProperty("password", password);
        seeded.setProperty("patient", String.valueOf(patient.getId()));
        seeded.setProperty("patientName", patient.getFullName());
        seeded.setProperty("earlierVisit", String.valueOf(earlier.getId()));
        seeded.setProperty("visit", String.valueOf(visit.getId()));
        seeded.setProperty("today", today.toString());
        return text(seeded);
    }

    /**
     * For {@code BillingJourneyIT}: a chiropractor with an NPI who signs in (a random password,
     * answered), certified and working all day at a location of their own; a patient with an address,
     * a signed consent and an intake of low back pain; and a visit yesterday for the journey to chart
     * and sign through the API (the charges come from the signed note). The patient's Medicare policy
     * is added by the journey, as the front desk would.
     */
    @POST
    @Path("billing-journey")
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED) // each step commits, as from a page
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_PLAIN)
    public String billingJourney() throws Exception {
        ClinicFixture clinic = fixtures.get();
        ZoneId zone = ZoneId.of("America/Chicago");
        Location location = clinic.location("Billing journey clinic", zone);
        String username = "billjourney" + clinic.suffix().toLowerCase(java.util.Locale.ROOT);
        String password = "Journey-" + java.util.UUID.randomUUID();
        String npi = org.artclinic.clinic.setup.Npi.withCheckDigit(String.valueOf(100_000_000
                + new java.security.SecureRandom().nextInt(800_000_000)));
        Practitioner practitioner = clinic.withNpi(clinic.practitionerWhoSignsIn(username, "Dr. Bea Billing", password,
                location), npi);
        clinic.certify(practitioner, RegionGroup.values());
        Patient patient = clinic.withAddress(clinic.patient("Ravi", "Billingjourney"));
        LocalDate today = LocalDate.now(zone);
        asFrontDesk.call(() -> intakes.recordConsent(patient.getId(), null, today.minusDays(2), "Front desk witness"));
        asPractitioner.call(() -> intakes.recordIntake(patient.getId(), null, IntakeDetails.of(
                "Low back pain after moving house", List.of(new ComplaintRegion(BodyRegion.LOW_BACK, Side.BOTH))),
                ScreeningAnswers.none()));
        ZonedDateTime yesterday = today.minusDays(1).atTime(10, 0).atZone(zone);
        Appointment visit = asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(),
                practitioner.getId(), location.getId(), null, null, yesterday.toInstant(),
                yesterday.plusMinutes(45).toInstant(), null)));

        Properties seeded = new Properties();
        seeded.setProperty("username", username);
        seeded.setProperty("password", password);
        seeded.setProperty("npi", npi);
        seeded.setProperty("location", location.getName());
        seeded.setProperty("patient", String.valueOf(patient.getId()));
        seeded.setProperty("patientName", patient.getFullName());
        seeded.setProperty("patientSortName", patient.getSortName());
        seeded.setProperty("familyName", patient.getFamilyName());
        seeded.setProperty("visit", String.valueOf(visit.getId()));
        seeded.setProperty("dateOfService", yesterday.toLocalDate().toString());
        return text(seeded);
    }

    private static String text(Properties properties) throws IOException {
        StringWriter out = new StringWriter();
        properties.store(out, null);
        return out.toString();
    }
}
