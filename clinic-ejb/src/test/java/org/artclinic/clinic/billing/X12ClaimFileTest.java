package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.artclinic.clinic.billing.X12ClaimFile.Address;
import org.artclinic.clinic.billing.X12ClaimFile.Batch;
import org.artclinic.clinic.billing.X12ClaimFile.BillingProvider;
import org.artclinic.clinic.billing.X12ClaimFile.ClaimData;
import org.artclinic.clinic.billing.X12ClaimFile.Line;
import org.artclinic.clinic.billing.X12ClaimFile.Person;
import org.artclinic.clinic.billing.X12ClaimFile.Submitter;
import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The 837P file read back with StAEDI's reader (which validates the X12 envelope) and checked
 * segment by segment for what a clearinghouse rejects when wrong: the fixed-width ISA, control
 * numbers that match, segment and transaction counts, HL numbering, CLM02 as the sum of the lines,
 * diagnoses without their dot, SV1 composites with modifiers and pointers.
 */
class X12ClaimFileTest {

    private static final Address STREET = new Address("1200 W Madison St", "Chicago", "IL", "60607");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 9);

    private static Batch batch(List<ClaimData> claims) {
        return new Batch("ARTCLINIC", "CLEARHOUSE", "Clear House", new Submitter("ART Clinic", "ARTCLINIC",
                "Morgan Ellis", "3125550100"), new BillingProvider("ART Clinic West Loop", "1234567893", "36-1234567",
                STREET), 42, 7, ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneId.of("America/Chicago")), false,
                claims);
    }

    private static ClaimData self() {
        return new ClaimData("9174", "Medicare Part B", "00952", "MB", "1EG4TE5MK73", null,
                new Person("Baker", "Ahmed", LocalDate.of(1950, 2, 1), "M", STREET), "18", null,
                List.of("M54.50", "M99.03", "M75.41"), "Raman", "Priya", "1234567893", DAY, List.of(
                        new Line("98940", List.of("AT"), new BigDecimal("29.00"), 1, List.of(1, 2)),
                        new Line("97140", List.of("XS", "GP", "KX"), new BigDecimal("60.00"), 2, List.of(3, 1))));
    }

    private static ClaimData child() {
        return new ClaimData("9175", "Lakeshore Mutual PPO", "LMPPO", "CI", "LMP123456", "G10442",
                new Person("Turner", "Dana", LocalDate.of(1980, 5, 5), "F", STREET), "19",
                new Person("Turner", "Sam", LocalDate.of(2012, 7, 8), "M", STREET),
                List.of("S76.011A"), "Raman", "Priya", "1234567893", DAY, List.of(
                        new Line("97110", List.of(), new BigDecimal("45.50"), 1, List.of(1))));
    }

    /** The file as segments, each a list of its elements (composites joined by ':'); no validation error. */
    private static List<List<String>> read(String file) throws Exception {
        X12Segments read = X12Segments.read(file);
        assertEquals(List.of(), read.errors(), "StAEDI finds the envelope valid");
        return read.segments();
    }

    private static List<String> first(List<List<String>> segments, String id) {
        return new X12Segments(segments, List.of()).first(id);
    }

    private static List<List<String>> all(List<List<String>> segments, String id) {
        return new X12Segments(segments, List.of()).all(id);
    }

    @Test
    void theEnvelopeIsFixedWidthAndItsControlNumbersAndCountsMatch() throws Exception {
        String file = X12ClaimFile.write(batch(List.of(self(), child())));
        assertEquals(106, file.indexOf("GS"), "ISA is 106 characters with its terminator");
        List<List<String>> segments = read(file);
        List<String> isa = first(segments, "ISA");
        assertEquals("ARTCLINIC      ", isa.get(6), "ISA06 padded to 15");
        assertEquals("000000042", isa.get(13));
        assertEquals("T", isa.get(15), "a test file");
        assertEquals(isa.get(13), first(segments, "IEA").get(2), "ISA13 = IEA02");
        assertEquals(first(segments, "GS").get(6), first(segments, "GE").get(2), "GS06 = GE02");
        assertEquals("005010X222A1", first(segments, "GS").get(8));
        assertEquals("1", first(segments, "GE").get(1), "one transaction");
        List<String> st = first(segments, "ST");
        List<String> se = first(segments, "SE");
        assertEquals(st.get(2), se.get(2), "ST02 = SE02");
        int from = segments.indexOf(st);
        int to = segments.indexOf(se);
        assertEquals(String.valueOf(to - from + 1), se.get(1), "SE01 counts ST to SE");
    }

    @Test
    void theLoopsNameTheProviderThePayerTheSubscriberAndAChildPatient() throws Exception {
        List<List<String>> segments = read(X12ClaimFile.write(batch(List.of(self(), child()))));
        List<List<String>> hl = all(segments, "HL");
        assertEquals(List.of("HL", "1", "", "20", "1"), hl.get(0), "the billing provider");
        assertEquals(List.of("HL", "2", "1", "22", "0"), hl.get(1), "a subscriber who is the patient: no child");
        assertEquals(List.of("HL", "3", "1", "22", "1"), hl.get(2), "a subscriber with a patient under them");
        assertEquals(List.of("HL", "4", "3", "23", "0"), hl.get(3), "the child patient");
        assertEquals(List.of("PAT", "19"), first(segments, "PAT"));
        List<String> provider = all(segments, "NM1").stream().filter(s -> s.get(1).equals("85")).findFirst().orElseThrow();
        assertEquals(List.of("XX", "1234567893"), provider.subList(8, 10));
        assertEquals(List.of("REF", "EI", "361234567"), first(segments, "REF"));
        List<List<String>> payers = all(segments, "NM1").stream().filter(s -> s.get(1).equals("PR")).toList();
        assertEquals("00952", payers.get(0).get(9));
        assertEquals("LMPPO", payers.get(1).get(9));
        assertEquals("MB", all(segments, "SBR").get(0).get(9), "Medicare Part B's claim filing indicator");
        assertEquals("18", all(segments, "SBR").get(0).get(2), "the patient is the subscriber");
    }

    @Test
    void theClaimCarriesItsTotalDiagnosesLinesModifiersUnitsAndPointers() throws Exception {
        List<List<String>> segments = read(X12ClaimFile.write(batch(List.of(self(), child()))));
        List<List<String>> claims = all(segments, "CLM");
        assertEquals(List.of("CLM", "9174", "89", "", "", "11:B:1", "Y", "A", "Y", "Y"), claims.get(0),
                "CLM02 is 29 + 60");
        assertEquals("45.5", claims.get(1).get(2));
        assertEquals(List.of("HI", "ABK:M5450", "ABF:M9903", "ABF:M7541"), all(segments, "HI").get(0));
        assertEquals(List.of("HI", "ABK:S76011A"), all(segments, "HI").get(1));
        List<List<String>> lines = all(segments, "SV1");
        assertEquals(List.of("SV1", "HC:98940:AT", "29", "UN", "1", "", "", "1:2"), lines.get(0));
        assertEquals(List.of("SV1", "HC:97140:XS:GP:KX", "60", "UN", "2", "", "", "3:1"), lines.get(1));
        assertEquals(List.of("SV1", "HC:97110", "45.5", "UN", "1", "", "", "1"), lines.get(2));
        assertEquals(List.of("LX", "1"), all(segments, "LX").get(0));
        assertEquals(List.of("LX", "2"), all(segments, "LX").get(1));
        assertEquals(List.of("DTP", "472", "D8", "20261109"), first(segments, "DTP"));
        List<String> rendering = all(segments, "NM1").stream().filter(s -> s.get(1).equals("82")).findFirst().orElseThrow();
        assertEquals(List.of("NM1", "82", "1", "Raman", "Priya", "", "", "", "XX", "1234567893"), rendering);
    }

    @Test
    void aClaimThatCannotBeSentIsRefusedBeforeAnythingIsWritten() {
        ClaimData noLines = new ClaimData("1", "P", "P1", "CI", "M1", null, self().subscriber(), "18", null,
                List.of("M54.2"), "R", "P", "1234567893", DAY, List.of());
        assertEquals("Claim 1 has no line to bill.",
                assertThrows(DomainException.class, () -> X12ClaimFile.write(batch(List.of(noLines)))).getMessage());
        List<String> thirteen = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            thirteen.add("M54.2");
        }
        ClaimData tooMany = new ClaimData("2", "P", "P1", "CI", "M1", null, self().subscriber(), "18", null,
                thirteen, "R", "P", "1234567893", DAY, self().lines());
        assertTrue(assertThrows(DomainException.class, () -> X12ClaimFile.write(batch(List.of(tooMany))))
                .getMessage().contains("1 to 12 diagnoses"));
        ClaimData fiveModifiers = new ClaimData("3", "P", "P1", "CI", "M1", null, self().subscriber(), "18", null,
                List.of("M54.2"), "R", "P", "1234567893", DAY, List.of(new Line("97140",
                        List.of("XS", "GP", "KX", "59", "AT"), BigDecimal.TEN, 1, List.of(1))));
        assertTrue(assertThrows(DomainException.class, () -> X12ClaimFile.write(batch(List.of(fiveModifiers))))
                .getMessage().contains("more than 4 modifiers"));
        assertThrows(DomainException.class, () -> X12ClaimFile.write(batch(List.of())));
    }

    @Test
    void anEnvelopeTheSchemaRefusesIsNotWritten() {
        // GS06, the group control number, has at most 9 digits
        Batch tooLong = new Batch("ARTCLINIC", "CLEARHOUSE", "Clear House", batch(List.of()).submitter(),
                batch(List.of()).provider(), 1, 1_234_567_890, batch(List.of()).created(), false, List.of(self()));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> X12ClaimFile.write(tooLong));
        assertTrue(refused.getMessage().contains("not valid X12") && refused.getMessage().contains("GS"),
                refused.getMessage());
    }

    @Test
    void amountsAreWrittenWithoutTrailingZeros() {
        assertEquals("60", X12ClaimFile.amount(new BigDecimal("60.00")));
        assertEquals("60.5", X12ClaimFile.amount(new BigDecimal("60.50")));
        assertEquals("0.25", X12ClaimFile.amount(new BigDecimal("0.25")));
        assertEquals("100", X12ClaimFile.amount(new BigDecimal("1E+2")));
    }
}
