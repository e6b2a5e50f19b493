package org.artclinic.clinic.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.Side;
import org.junit.jupiter.api.Test;

class ProtocolFileTest {

    private static final ProtocolRecord PRONATOR = new ProtocolRecord(new ProtocolDetails("Pronator teres",
            RegionGroup.UPPER_EXTREMITY, BodyRegion.ELBOW, "Pronator teres, \"humeral\" head", Tissue.MUSCLE,
            Set.of(Side.RIGHT, Side.LEFT), "Elbow bent,\nforearm pronated.", "Thumb below the medial epicondyle.",
            "Toward the epicondyle.", "Straighten the elbow; turn the palm up.", 3, List.of("M77.01", "G56.11"),
            "Notes, with a comma"), List.of("Flexor carpi radialis", "Median nerve at pronator teres"),
            ProtocolStatus.ACTIVE);

    private static final ProtocolRecord NUCHAL = new ProtocolRecord(new ProtocolDetails("Nuchal ligament",
            RegionGroup.SPINE, BodyRegion.NECK, "Ligamentum nuchae", Tissue.LIGAMENT, Set.of(Side.MIDLINE),
            "Neck extended.", "Midline.", "Toward the occiput.", "Chin to chest.", 2, List.of("M54.2"), null),
            List.of(), ProtocolStatus.RETIRED);

    @Test
    void aProtocolSurvivesTheRoundTripThroughCsvAndJson() {
        for (ProtocolFile.Format format : ProtocolFile.Format.values()) {
            String written = ProtocolFile.write(List.of(PRONATOR, NUCHAL), format);
            List<ProtocolFile.Row> rows = ProtocolFile.read(written, format);
            assertEquals(List.of(PRONATOR, NUCHAL), rows.stream().map(ProtocolFile.Row::record).toList(), format.name());
        }
    }

    @Test
    void csvRowsAreNumberedAsInASpreadsheetAndJsonRowsByPosition() {
        assertEquals(List.of(2, 3), ProtocolFile.read(ProtocolFile.write(List.of(PRONATOR, NUCHAL),
                ProtocolFile.Format.CSV), ProtocolFile.Format.CSV).stream().map(ProtocolFile.Row::number).toList());
        assertEquals(List.of(1, 2), ProtocolFile.read(ProtocolFile.write(List.of(PRONATOR, NUCHAL),
                ProtocolFile.Format.JSON), ProtocolFile.Format.JSON).stream().map(ProtocolFile.Row::number).toList());
    }

    @Test
    void aFileWithWrongRowsIsRefusedWithEveryProblemAndItsRow() {
        String csv = ProtocolFile.write(List.of(PRONATOR, NUCHAL, PRONATOR), ProtocolFile.Format.CSV)
                .replace("LIGAMENT", "BONE").replace("M54.2", "54.2");
        InvalidProtocolFile e = assertThrows(InvalidProtocolFile.class,
                () -> ProtocolFile.read(csv, ProtocolFile.Format.CSV));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("Row 3: tissue \"BONE\" is not one of MUSCLE, TENDON"),
                e.problems().get(0));
        assertEquals("Row 4: \"Pronator teres\" is in the file twice (also row 2).", e.problems().get(1));
        assertTrue(e.getMessage().startsWith("The file was not imported; nothing was changed."), e.getMessage());
    }

    @Test
    void jsonProblemsNameTheirPositionAndTheRule() {
        String json = "[{\"name\": \"Psoas\", \"regionGroup\": \"SPINE\", \"region\": \"HIP\", \"structure\": \"Psoas\","
                + " \"tissue\": \"MUSCLE\", \"sides\": [\"LEFT\",\"RIGHT\"], \"startPosition\": \"a\","
                + " \"contactPoint\": \"b\", \"tensionDirection\": \"c\", \"movement\": \"d\", \"typicalPasses\": 2}]";
        InvalidProtocolFile e = assertThrows(InvalidProtocolFile.class,
                () -> ProtocolFile.read(json, ProtocolFile.Format.JSON));
        assertTrue(e.problems().get(0).startsWith("Row 1: Psoas is at the hip, which belongs to the lower extremity"),
                e.problems().get(0));
        assertThrows(InvalidProtocolFile.class, () -> ProtocolFile.read("{\"name\": 1}", ProtocolFile.Format.JSON));
        assertThrows(InvalidProtocolFile.class, () -> ProtocolFile.read("  ", ProtocolFile.Format.CSV));
        InvalidProtocolFile header = assertThrows(InvalidProtocolFile.class,
                () -> ProtocolFile.read("name,region\nX,NECK\n", ProtocolFile.Format.CSV));
        assertTrue(header.problems().get(0).startsWith("Row 1: the header lacks the column(s) regionGroup"),
                header.problems().get(0));
    }

    @Test
    void theFormatIsTakenFromTheFileNameOrTheContent() {
        assertEquals(ProtocolFile.Format.CSV, ProtocolFile.Format.guess("library.CSV", "["));
        assertEquals(ProtocolFile.Format.JSON, ProtocolFile.Format.guess(null, " [ {} ]"));
        assertEquals(ProtocolFile.Format.CSV, ProtocolFile.Format.guess("", "name,region"));
    }
}
