package org.artclinic.clinic.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJB;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.LegacyRows;
import org.artclinic.clinic.testsupport.TestPhones;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the search box of the patient list finds, through the real service and database: the
 * front desk types a name prefix (any case, with or without accents), a birth date, a phone
 * number (however it and the patient's were written) or its beginning, or a chart number, and gets
 * the right patients, on the page and through the API alike.
 */
@ExtendWith(ArquillianExtension.class)
class PatientSearchIT {

    private static final String DEMO_PASSWORD = "demo1234";

    @EJB
    private PatientService patients;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private LegacyRows legacy;

    @ArquillianResource
    private URL base;

    @Test
    void aPatientWhosePhoneWasNeverNormalizedIsStillFoundByTheNumberAsTyped() throws Exception {
        String digits = phone();
        String typed = digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        Patient old = register("Olga", "Older" + letters(6), LocalDate.of(1950, 5, 5), typed);
        legacy.forgetNormalizedPhone(old.getId());

        assertEquals(List.of(old.getChartNumber()), charts(search(typed)), "found by the digits as typed");
        assertEquals(1, asFrontDesk.call(() -> patients.count(typed)), "and counted alike");
    }

    @Test
    void aNamePrefixFindsThePatientWhateverTheCaseAndAccents() throws Exception {
        String token = letters(6);
        Patient zoe = register("Zoë", "Ølund" + token + "sen", LocalDate.of(1984, 2, 29), phone());
        Patient jonas = register("Jonas", "Ølund" + token + "berg", LocalDate.of(1990, 5, 1), phone());

        for (String typed : List.of("olund" + token + "s", "ØLUND" + token.toUpperCase(Locale.ROOT) + "SEN",
                "Ölund" + token + "Se", "zoe olund" + token, "ZOË ølund" + token, "olund" + token + ", zo")) {
            assertEquals(List.of(zoe.getChartNumber()), charts(search(typed)), "searching for " + typed);
            assertEquals(1, asFrontDesk.call(() -> patients.count(typed)), "count for " + typed);
        }
        assertEquals(List.of(jonas.getChartNumber(), zoe.getChartNumber()), charts(search("Olund" + token)),
                "a shorter prefix finds both, in family name order");
    }

    @Test
    void aBirthDateInIsoOrUsFormFindsThePatientsBornThatDay() throws Exception {
        LocalDate born = LocalDate.of(1930 + ThreadLocalRandom.current().nextInt(60),
                1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
        Patient one = register("Ada", "Birthday" + letters(6), born, null);
        Patient notThatDay = register("Ada", "Birthday" + letters(6), born.plusDays(1), null);

        for (String typed : List.of(born.toString(),
                born.getMonthValue() + "/" + born.getDayOfMonth() + "/" + born.getYear())) {
            List<String> found = charts(search(typed));
            assertTrue(found.contains(one.getChartNumber()), typed + " finds " + one.getChartNumber() + ": " + found);
            assertFalse(found.contains(notThatDay.getChartNumber()), typed + " only finds that day: " + found);
        }
    }

    @Test
    void aPhoneNumberOrItsBeginningFindsThePatientHoweverItIsWritten() throws Exception {
        String digits = phone();
        Patient patient = register("Phil", "Phone" + letters(6), LocalDate.of(1977, 7, 7),
                "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6));

        assertEquals(List.of(patient.getChartNumber()), charts(search(digits)));
        assertEquals(List.of(patient.getChartNumber()),
                charts(search(digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6))));
        assertTrue(charts(search(digits.substring(0, 8))).contains(patient.getChartNumber()), "the beginning of the number");
    }

    @Test
    void aWholeNumberFindsThePatientWhateverWayEitherOfThemWasTypedOnThePageAndInTheApi() throws Exception {
        String digits = phone();
        String area = digits.substring(0, 3);
        String exchange = digits.substring(3, 6);
        String line = digits.substring(6);
        Patient international = register("Ines", "Intl" + letters(6), LocalDate.of(1988, 8, 8),
                "+1 " + area + " " + exchange + " " + line);
        String national = phone();
        Patient local = register("Lou", "Local" + letters(6), LocalDate.of(1979, 9, 9),
                "(" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6));
        ApiClient api = new ApiClient(base, "frontdesk");

        for (String typed : List.of("+1 " + area + " " + exchange + " " + line, "(" + area + ") " + exchange + "-" + line,
                area + "." + exchange + "." + line, "1-" + area + "-" + exchange + "-" + line)) {
            assertEquals(List.of(international.getChartNumber()), charts(search(typed)), "the page finds " + typed);
            assertEquals(1, asFrontDesk.call(() -> patients.count(typed)), "the page counts " + typed);
            HttpResponse<String> found = api.get("api/patients?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertEquals(200, found.statusCode(), found.body());
            assertEquals(List.of("\"" + international.getChartNumber() + "\""),
                    ApiClient.objects(found.body()).stream()
                            .map(o -> ApiClient.field(o, "chartNumber")).toList(), "the API finds " + typed);
        }
        assertEquals(List.of(local.getChartNumber()), charts(search("+1 " + national.substring(0, 3) + " "
                + national.substring(3, 6) + " " + national.substring(6))), "typed with the country code, stored without");
        assertEquals(List.of(international.getChartNumber()), charts(search("+1 " + area + " " + exchange)),
                "the beginning of the number with its country code");
        assertTrue(charts(search(national.substring(0, 3) + " " + national.substring(3, 7))).contains(local.getChartNumber()),
                "the beginning of the number as digits, as before");
    }

    @Test
    void aChartNumberFindsExactlyThatPatient() throws Exception {
        Patient patient = register("Chad", "Chart" + letters(6), LocalDate.of(1965, 3, 14), null);

        assertEquals(List.of(patient.getChartNumber()), charts(search(patient.getChartNumber())));
        assertEquals(List.of(patient.getChartNumber()),
                charts(search(" " + patient.getChartNumber().toLowerCase(Locale.ROOT) + " ")), "lower case, spaces");
    }

    @Test
    void pagesOfTheListDoNotOverlap() throws Exception {
        String family = "Pager" + letters(6);
        for (int i = 0; i < 5; i++) {
            register("Paul" + (char) ('a' + i), family, LocalDate.of(1980, 1, 1 + i), null);
        }
        List<String> first = charts(asFrontDesk.call(() -> patients.search(family, 0, 3)));
        List<String> second = charts(asFrontDesk.call(() -> patients.search(family, 3, 3)));
        assertEquals(3, first.size());
        assertEquals(2, second.size());
        assertTrue(first.stream().noneMatch(second::contains), first + " / " + second);
        assertEquals(5, asFrontDesk.call(() -> patients.count(family)));
    }

    @Test
    void aPrefixOfEitherNameIsPagedInFamilyNameOrderAndAPatientMatchingBothComesOnce() throws Exception {
        String prefix = "Q" + letters(7);
        Patient givenBefore = register(prefix + "x", "B" + letters(6), LocalDate.of(1981, 1, 1), null);
        Patient both = register(prefix + "z", prefix + "a", LocalDate.of(1982, 2, 2), null);
        Patient familyB = register("Eve", prefix + "b", LocalDate.of(1983, 3, 3), null);
        Patient familyM = register("Ann", prefix + "m", LocalDate.of(1984, 4, 4), null);
        Patient givenAfter = register(prefix + "y", "Z" + letters(6), LocalDate.of(1985, 5, 5), null);
        List<String> inOrder = charts(List.of(givenBefore, both, familyB, familyM, givenAfter));

        List<String> paged = new java.util.ArrayList<>();
        for (int first = 0; first < 6; first += 2) {
            int from = first;
            paged.addAll(charts(asFrontDesk.call(() -> patients.search(prefix, from, 2))));
        }
        assertEquals(inOrder, paged, "pages of two: by family name, whichever name matched, none twice");
        assertEquals(5, asFrontDesk.call(() -> patients.count(prefix)));
        assertEquals(List.of(both.getChartNumber()), charts(search(prefix + "z " + prefix + "a")),
                "given then family");
        assertEquals(List.of(both.getChartNumber()), charts(search(prefix + "a " + prefix + "z")),
                "family then given");
    }

    @Test
    void countingStopsAfterAThousandWithAHintWhilePagingStillReachesEveryMatch() throws Exception {
        String family = "Zz" + letters(6);
        asFrontDesk.call(() -> {
            for (int i = 0; i < PatientService.COUNTED_UP_TO + 2; i++) {
                String suffix = "" + (char) ('a' + i / 676) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
                patients.register(PatientDetails.basic("Many", family + suffix, LocalDate.of(1970, 1, 1),
                        Sex.UNKNOWN, null, null), true);
            }
            return null;
        });

        assertEquals(PatientService.COUNTED_UP_TO + 1, asFrontDesk.call(() -> patients.count(family)),
                "1,002 match: counted as more than a thousand, not one by one");
        List<Patient> last = asFrontDesk.call(() -> patients.search(family, PatientService.COUNTED_UP_TO, 25));
        assertEquals(List.of("Many " + family + "bmm", "Many " + family + "bmn"),
                last.stream().map(Patient::getFullName).toList(), "the last two are on the page after the thousandth");

        ApiClient api = new ApiClient(base, "frontdesk");
        HttpResponse<String> page = api.get("api/patients?q=" + family);
        assertEquals(String.valueOf(PatientService.COUNTED_UP_TO), ApiClient.field(page.body(), "total"), page.body());
        assertEquals("true", ApiClient.field(page.body(), "more"), page.body());
        HttpResponse<String> after = api.get("api/patients?q=" + family + "&first=" + PatientService.COUNTED_UP_TO);
        assertEquals(2, ApiClient.objects(after.body()).size(), after.body());
        // the last page is not full, so it tells the total without counting: still "more than a thousand"
        assertEquals(String.valueOf(PatientService.COUNTED_UP_TO), ApiClient.field(after.body(), "total"), after.body());
        assertEquals("true", ApiClient.field(after.body(), "more"), after.body());
        HttpResponse<String> farBeyond = api.get("api/patients?q=" + family + "&first=" + Integer.MAX_VALUE);
        assertEquals(200, farBeyond.statusCode(), "paging past the end is an empty page, not an error: " + farBeyond.body());
        assertTrue(farBeyond.body().contains("\"items\":[]"), farBeyond.body());
        HttpResponse<String> narrowed = api.get("api/patients?q=" + family + "bmm");
        assertEquals("1", ApiClient.field(narrowed.body(), "total"), narrowed.body());
        assertEquals("false", ApiClient.field(narrowed.body(), "more"), narrowed.body());

        WebClient desk = new WebClient(base);
        assertEquals(302, desk.login("frontdesk", DEMO_PASSWORD).statusCode());
        HttpResponse<String> list = desk.submit("patient/patients.xhtml", "searchForm", Map.of("query", family), "search");
        assertTrue(list.body().contains("More than 1,000 patients match"), "the list asks for a longer search");
        HttpResponse<String> few = desk.submit("patient/patients.xhtml", "searchForm", Map.of("query", family + "bm"), "search");
        assertFalse(few.body().contains("More than 1,000 patients match"), "not when fewer match");
    }

    private Patient register(String given, String family, LocalDate born, String phone) throws Exception {
        return asFrontDesk.call(() -> patients.register(
                PatientDetails.basic(given, family, born, Sex.UNKNOWN, phone, null), true));
    }

    private List<Patient> search(String typed) throws Exception {
        return asFrontDesk.call(() -> patients.search(typed, 0, 25));
    }

    private static List<String> charts(List<Patient> found) {
        return found.stream().map(Patient::getChartNumber).toList();
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }

    /** Ten digits that no patient has, outside the demo's numbers (testsupport.TestPhones). */
    private String phone() throws Exception {
        return TestPhones.free(digits -> asFrontDesk.call(() -> patients.count(digits)) == 0);
    }
}
