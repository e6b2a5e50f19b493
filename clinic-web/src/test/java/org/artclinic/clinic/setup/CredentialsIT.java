package org.artclinic.clinic.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.credential.CredentialService;
import org.artclinic.clinic.credential.CredentialWarning;
import org.artclinic.clinic.credential.Credentials;
import org.artclinic.clinic.credential.CredentialsRequest;
import org.artclinic.clinic.credential.CredentialsRequest.CertificationRequest;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Practitioner credentials hold: administrators record them and a stale save is refused, a
 * practitioner may chart only with a current licence and a current certification for the
 * protocol's course (the refusal names what is missing), the warnings list what runs out within 60
 * days, the REST API refuses other roles, and the demo practitioner whose Upper Extremity
 * certification runs out soon sees it on My day and the administrator on the practitioners page.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialsIT {

    private static final String PASSWORD = "demo1234";

    @Inject
    private ClinicFixture fixture;

    @EJB
    private CredentialService credentials;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private ClinicClock clock;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsPractitioner asPractitioner;

    @ArquillianResource
    private URL base;

    private Practitioner practitioner(String name) throws Exception {
        Location location = fixture.location("Credentials of " + name, ZoneId.of("America/Chicago"));
        return fixture.practitioner(name, location, LocalTime.of(8, 0), LocalTime.of(17, 0));
    }

    private static CredentialsRequest request(LocalDate licenceExpiresOn, CertificationRequest... certifications) {
        return new CredentialsRequest(Discipline.CHIROPRACTOR, "045.0" + (int) (Math.random() * 100000), "il",
                licenceExpiresOn, List.of(certifications));
    }

    private static CertificationRequest cert(RegionGroup course, LocalDate expiresOn) {
        return new CertificationRequest(course, expiresOn.minusYears(3), expiresOn);
    }

    @Test
    void anAdministratorRecordsCredentialsAndAStaleSaveIsRefused() throws Exception {
        Practitioner p = practitioner("Dr. Cred Saver");
        LocalDate today = clock.today();
        Credentials none = asAdmin.call(() -> credentials.credentials(p.getId()));
        assertEquals(0, none.version());
        assertEquals(null, none.licence());

        Credentials first = asAdmin.call(() -> credentials.save(p.getId(), 0,
                request(today.plusYears(1), cert(RegionGroup.SPINE, today.plusYears(2)))));
        assertNotEquals(0, first.version());
        assertEquals("IL", first.licence().getState());
        assertEquals(List.of(RegionGroup.SPINE), first.certifications().stream().map(c -> c.getCourse()).toList());

        // a second editor who read "none yet" is refused, naming whose credentials changed
        DomainException stale = assertThrows(DomainException.class, () -> asAdmin.call(() -> credentials.save(
                p.getId(), 0, request(today.plusYears(1)))));
        assertTrue(stale.getMessage().startsWith("Someone else changed the credentials of " + p.getDisplayName()),
                stale.getMessage());

        // a renewal of the same course and a new course, saved with the version read
        Credentials renewed = asAdmin.call(() -> credentials.save(p.getId(), first.version(), request(
                today.plusYears(1), cert(RegionGroup.SPINE, today.plusYears(3)),
                cert(RegionGroup.NERVE_ENTRAPMENT, today.plusYears(2)))));
        assertNotEquals(first.version(), renewed.version());
        Credentials read = asAdmin.call(() -> credentials.credentials(p.getId()));
        assertEquals(2, read.certifications().size());
        assertEquals(today.plusYears(3), read.certifications().get(0).getExpiresOn());
        assertThrows(DomainException.class, () -> asAdmin.call(() -> credentials.save(p.getId(), first.version(),
                request(today.plusYears(1)))), "the first version is stale now");

        // one certification per course; a state that is not one
        DomainException twice = assertThrows(DomainException.class, () -> asAdmin.call(() -> credentials.save(
                p.getId(), read.version(), request(today.plusYears(1), cert(RegionGroup.SPINE, today.plusYears(1)),
                        cert(RegionGroup.SPINE, today.plusYears(2))))));
        assertTrue(twice.getMessage().contains("Spine certification is listed twice"), twice.getMessage());
        DomainException state = assertThrows(DomainException.class, () -> asAdmin.call(() -> credentials.save(
                p.getId(), read.version(), new CredentialsRequest(Discipline.CHIROPRACTOR, "1", "XY",
                        today.plusYears(1), List.of()))));
        assertTrue(state.getMessage().contains("\"XY\" is not a US state code"), state.getMessage());

        // other roles may not save
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asPractitioner.call(() -> credentials.save(
                p.getId(), read.version(), request(today.plusYears(1)))));
    }

    @Test
    void aPractitionerChartsOnlyWithACurrentLicenceAndCertification() throws Exception {
        Practitioner p = practitioner("Dr. Cred Charter");
        LocalDate today = clock.today();
        DomainException noLicence = assertThrows(DomainException.class,
                () -> asPractitioner.call(() -> requireMayChart(p, RegionGroup.SPINE)));
        assertTrue(noLicence.getMessage().startsWith(p.getDisplayName() + " has no licence on record"),
                noLicence.getMessage());

        Credentials saved = asAdmin.call(() -> credentials.save(p.getId(), 0, request(today,
                cert(RegionGroup.SPINE, today), cert(RegionGroup.UPPER_EXTREMITY, today.minusDays(1)))));
        // valid through the expiry day: today is the last day of the licence and the Spine certification
        asPractitioner.call(() -> requireMayChart(p, RegionGroup.SPINE));
        DomainException expired = assertThrows(DomainException.class,
                () -> asPractitioner.call(() -> requireMayChart(p, RegionGroup.UPPER_EXTREMITY)));
        assertEquals(p.getDisplayName() + " holds no current ART Upper Extremity certification (it expired on "
                + today.minusDays(1) + ").", expired.getMessage());
        DomainException missing = assertThrows(DomainException.class,
                () -> asPractitioner.call(() -> requireMayChart(p, RegionGroup.LOWER_EXTREMITY)));
        assertEquals(p.getDisplayName() + " holds no current ART Lower Extremity certification.",
                missing.getMessage());

        // a licence that ran out yesterday refuses every course, naming the licence
        Credentials lapsed = asAdmin.call(() -> credentials.save(p.getId(), saved.version(), new CredentialsRequest(
                Discipline.CHIROPRACTOR, "045.099999", "IL", today.minusDays(1),
                List.of(cert(RegionGroup.SPINE, today.plusYears(1))))));
        DomainException licence = assertThrows(DomainException.class,
                () -> asPractitioner.call(() -> requireMayChart(p, RegionGroup.SPINE)));
        assertEquals(p.getDisplayName() + "'s licence (IL 045.099999) expired on " + today.minusDays(1) + ".",
                licence.getMessage());
        assertEquals(1, lapsed.warnings().stream().filter(CredentialWarning::isExpired).count());
    }

    private Void requireMayChart(Practitioner p, RegionGroup group) {
        credentials.requireMayChart(p.getId(), group);
        return null;
    }

    @Test
    void theWarningsListWhatRunsOutWithinSixtyDaysOfActivePractitioners() throws Exception {
        Practitioner due = practitioner("Dr. Cred Due");
        Practitioner fine = practitioner("Dr. Cred Fine");
        Practitioner gone = practitioner("Dr. Cred Gone");
        LocalDate today = clock.today();
        asAdmin.call(() -> credentials.save(due.getId(), 0, request(today.plusDays(30),
                cert(RegionGroup.SPINE, today.plusYears(1)), cert(RegionGroup.LOWER_EXTREMITY, today.minusDays(3)))));
        asAdmin.call(() -> credentials.save(fine.getId(), 0, request(today.plusDays(61),
                cert(RegionGroup.SPINE, today.plusDays(61)))));
        asAdmin.call(() -> credentials.save(gone.getId(), 0, request(today.plusDays(5))));
        asAdmin.call(() -> {
            setup.setPractitionerActive(gone.getId(), false);
            return null;
        });

        Map<Long, List<CredentialWarning>> all = asAdmin.call(() -> credentials.warnings());
        assertEquals(List.of("Licence expires in 30 days", "Lower Extremity certification expired on "
                + today.minusDays(3)), all.get(due.getId()).stream().map(CredentialWarning::message).toList());
        assertFalse(all.containsKey(fine.getId()), "61 days ahead is not due yet");
        assertFalse(all.containsKey(gone.getId()), "an inactive practitioner is not warned about");
        assertEquals(all.get(due.getId()), asAdmin.call(() -> credentials.warnings(due.getId())));
    }

    @Test
    void everyDemoPractitionerHasCredentialsAndOneCertificationRunsOutSoon() throws Exception {
        long withCredentials = 0;
        boolean soon = false;
        for (String name : List.of("Dr. Priya Raman", "Marcus Delgado, DPT", "Lucía Fernández, LMT",
                "Dr. Samuel Okafor", "Jordan Whitfield, ATC", "Dr. Ingrid Sørensen")) {
            Practitioner p = demo(name);
            Credentials c = asAdmin.call(() -> credentials.credentials(p.getId()));
            if (c.licence() != null && !c.certifications().isEmpty()) {
                withCredentials++;
            }
            soon |= c.warnings().stream().anyMatch(w -> w.course() == RegionGroup.UPPER_EXTREMITY);
        }
        assertEquals(6, withCredentials);
        assertTrue(soon, "Dr. Raman's Upper Extremity certification is warned about");
    }

    @Test
    void theApiLetsAdministratorsEditPractitionersReadTheirOwnAndRefusesOthers() throws Exception {
        ApiClient admin = new ApiClient(base, "admin");
        String raman = idOf("Dr. Priya Raman");
        String path = "api/practitioners/" + raman + "/credentials";

        HttpResponse<String> own = new ApiClient(base, "practitioner").get(path);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"UPPER_EXTREMITY\"") && own.body().contains("Upper Extremity certification"),
                own.body());
        assertEquals(403, new ApiClient(base, "frontdesk").get(path).statusCode());
        assertEquals(403, new ApiClient(base, "manager").get(path).statusCode());
        HttpResponse<String> notOwn = new ApiClient(base, "practitioner").get("api/practitioners/"
                + idOf("Marcus Delgado, DPT") + "/credentials");
        assertEquals(403, notOwn.statusCode(), notOwn.body());

        // an administrator replaces a new practitioner's credentials with the version read
        String created = String.valueOf(practitioner("Dr. Cred Api").getId());
        String credentialsPath = "api/practitioners/" + created + "/credentials";
        HttpResponse<String> empty = admin.get(credentialsPath);
        assertEquals(200, empty.statusCode(), empty.body());
        assertEquals("0", ApiClient.field(empty.body(), "version"));
        assertFalse(empty.body().contains("\"licence\""), "no licence on record: " + empty.body());
        String body = """
                {"version": %s, "licence": {"profession": "PHYSICAL_THERAPIST", "number": "070.011111",
                 "state": "CO", "expiresOn": "2031-05-31"},
                 "certifications": [{"course": "SPINE", "certifiedOn": "2025-01-10", "expiresOn": "2031-01-09"}]}""";
        HttpResponse<String> saved = admin.put(credentialsPath, body.formatted("0"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"state\":\"CO\""), saved.body());
        assertEquals(400, admin.put(credentialsPath, body.formatted("0")).statusCode(), "a stale version");
        HttpResponse<String> badState = admin.put(credentialsPath, body.formatted(ApiClient.field(saved.body(),
                "version")).replace("\"CO\"", "\"ZZ\"").replace("SPINE", "SPLEEN"));
        assertEquals(400, badState.statusCode(), badState.body());
        assertTrue(badState.body().contains("certifications[0].course"), badState.body());
        assertEquals(403, new ApiClient(base, "practitioner").put(credentialsPath, body.formatted("1")).statusCode());
        assertEquals(403, new ApiClient(base, "frontdesk").put(credentialsPath, body.formatted("1")).statusCode());
        assertEquals(404, admin.get("api/practitioners/999999999/credentials").statusCode());
    }

    @Test
    void theWarningShowsOnTheDemoPractitionersMyDayAndOnThePractitionersPage() throws Exception {
        WebClient practitioner = new WebClient(base);
        assertEquals(302, practitioner.login("practitioner", PASSWORD).statusCode());
        String myDay = practitioner.get("charting/my-day.xhtml").body();
        assertTrue(myDay.contains("credentialBanner") && myDay.contains("Upper Extremity certification"), myDay);

        WebClient admin = new WebClient(base);
        assertEquals(302, admin.login("admin", PASSWORD).statusCode());
        String list = admin.get("admin/practitioners.xhtml").body();
        assertTrue(list.contains("credential-chip") && list.contains("Upper Extremity certification"), list);
    }

    /** The id of the demo practitioner with this name. */
    private String idOf(String name) {
        return String.valueOf(demo(name).getId());
    }

    private Practitioner demo(String name) {
        return setup.practitioners().stream().filter(x -> x.getDisplayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is a demo practitioner"));
    }
}
