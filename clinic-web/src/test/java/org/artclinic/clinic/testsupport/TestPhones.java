package org.artclinic.clinic.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Phone numbers for test patients, from a range the demo clinic never uses: area code
 * {@value #AREA}, which no North American number has. The demo's patients and locations have real
 * Chicago and Denver area codes with the fictional lines 555-0100 to 555-0199
 * ({@code DemoPatients}, {@code DemoClinic}), so a test number can never be taken for a demo
 * patient's (a duplicate warning, or a second search result).
 *
 * <p>Numbers are handed out in order, 555-000-0100, 555-001-0100 and on: each has an exchange of its
 * own, so that even the beginning "+1 555 001" names one test patient. Any that a patient already has
 * are skipped (the tests' H2 database under {@code target/} outlives a run; {@code mvn clean} empties it). The
 * caller says how to ask: through {@code PatientService.count} in the container, through
 * {@code GET api/patients?q=} from outside.
 */
public final class TestPhones {

    /** Not an area code in North America (and not one the demo uses), yet a possible number. */
    public static final String AREA = "555";

    /** One number per exchange: far more than the tests of many runs take. */
    private static final int TRIES = 1_000;

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** Whether no patient has these ten digits yet. */
    @FunctionalInterface
    public interface Unused {
        boolean test(String digits) throws Exception;
    }

    private TestPhones() {
    }

    /** Ten digits, "555", an exchange of its own and "0100", that no patient has according to {@code isFree}. */
    public static String free(Unused isFree) throws Exception {
        for (int i = 0; i < TRIES; i++) {
            String digits = AREA + String.format("%03d", NEXT.getAndIncrement() % TRIES) + "0100";
            if (isFree.test(digits)) {
                return digits;
            }
        }
        throw new IllegalStateException("No free number in " + TRIES + " tries: does the check ask the right thing?"
                + " (or run mvn clean to empty the tests' database)");
    }
}
