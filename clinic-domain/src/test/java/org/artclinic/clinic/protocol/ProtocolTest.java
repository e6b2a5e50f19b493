package org.artclinic.clinic.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.Side;
import org.junit.jupiter.api.Test;

class ProtocolTest {

    static ProtocolDetails details(String name, BodyRegion region, RegionGroup group, Tissue tissue, List<String> codes) {
        return new ProtocolDetails(name, group, region, "Pronator teres (medial epicondyle to mid-radius)", tissue,
                Set.of(Side.LEFT, Side.RIGHT), "Elbow bent, forearm pronated.", "Thumb below the medial epicondyle.",
                "Toward the epicondyle.", "Straighten the elbow and turn the palm up.", 3, codes, null);
    }

    static ProtocolDetails pronatorTeres() {
        return details("Pronator teres", BodyRegion.ELBOW, RegionGroup.UPPER_EXTREMITY, Tissue.MUSCLE,
                List.of("m77.01", "G5612"));
    }

    @Test
    void indicationCodesAreCheckedForShapeAndWrittenWithTheirDot() {
        assertEquals(List.of("G56.12", "M77.01"), pronatorTeres().indications());
        assertEquals("M54.2", IndicationCode.of(" m54.2 "));
        assertEquals("M72.2", IndicationCode.of("M722"));
        assertEquals("S76.011", IndicationCode.of("S76.011"));
        for (String wrong : List.of("54.2", "M5", "M54.23456", "MM4.2", "M54-2", "")) {
            DomainException e = assertThrows(DomainException.class, () -> IndicationCode.of(wrong), wrong);
            assertTrue(e.getMessage().contains("is not an ICD-10-CM code"), e.getMessage());
        }
        assertEquals("G56.0", IndicationCode.prefix("g560"));
        assertEquals("M", IndicationCode.prefix("m"));
    }

    @Test
    void aProtocolNeedsItsPartsAndSaysWhichIsMissing() {
        DomainException noName = assertThrows(DomainException.class, () -> details(" ", BodyRegion.ELBOW,
                RegionGroup.UPPER_EXTREMITY, Tissue.MUSCLE, List.of()));
        assertEquals("The protocol name is required.", noName.getMessage());
        DomainException noTissue = assertThrows(DomainException.class, () -> details("Pronator teres",
                BodyRegion.ELBOW, RegionGroup.UPPER_EXTREMITY, null, List.of()));
        assertTrue(noTissue.getMessage().startsWith("Choose the tissue of Pronator teres"), noTissue.getMessage());
        assertThrows(DomainException.class, () -> new ProtocolDetails("X", RegionGroup.SPINE, BodyRegion.NECK, "X",
                Tissue.MUSCLE, Set.of(Side.LEFT), "a", "b", "c", "d", 0, List.of(), null), "passes 0");
    }

    @Test
    void theRegionGroupFollowsTheRegionExceptForNerveEntrapments() {
        DomainException wrongGroup = assertThrows(DomainException.class, () -> details("Pronator teres",
                BodyRegion.ELBOW, RegionGroup.LOWER_EXTREMITY, Tissue.MUSCLE, List.of()));
        assertTrue(wrongGroup.getMessage().contains("belongs to the upper extremity group"), wrongGroup.getMessage());
        DomainException nerve = assertThrows(DomainException.class, () -> details("Median nerve",
                BodyRegion.ELBOW, RegionGroup.UPPER_EXTREMITY, Tissue.NERVE, List.of()));
        assertTrue(nerve.getMessage().contains("nerve entrapment group"), nerve.getMessage());
        assertEquals(RegionGroup.NERVE_ENTRAPMENT, details("Median nerve at pronator teres", BodyRegion.ELBOW,
                RegionGroup.NERVE_ENTRAPMENT, Tissue.NERVE, List.of()).regionGroup());
    }

    @Test
    void sidesAreLeftAndRightOrTheMidlineNeverBothAtOnce() {
        assertThrows(DomainException.class, () -> new ProtocolDetails("Nuchal ligament", RegionGroup.SPINE,
                BodyRegion.NECK, "Ligamentum nuchae", Tissue.LIGAMENT, Set.of(Side.BOTH), "a", "b", "c", "d", 2,
                List.of(), null));
        assertThrows(DomainException.class, () -> new ProtocolDetails("Nuchal ligament", RegionGroup.SPINE,
                BodyRegion.NECK, "Ligamentum nuchae", Tissue.LIGAMENT, Set.of(Side.MIDLINE, Side.LEFT), "a", "b", "c",
                "d", 2, List.of(), null));
        Protocol midline = new Protocol(new ProtocolDetails("Nuchal ligament", RegionGroup.SPINE, BodyRegion.NECK,
                "Ligamentum nuchae", Tissue.LIGAMENT, Set.of(Side.MIDLINE), "a", "b", "c", "d", 2, List.of(), null));
        assertTrue(midline.allowsSide(Side.MIDLINE));
        assertFalse(midline.allowsSide(Side.LEFT));
    }

    @Test
    void retiredProtocolsAreLeftOutOfTheSuggestionsAndCanComeBack() {
        Protocol pronator = new Protocol(pronatorTeres());
        Protocol fcr = new Protocol(details("Flexor carpi radialis", BodyRegion.ELBOW, RegionGroup.UPPER_EXTREMITY,
                Tissue.MUSCLE, List.of("M77.01")));
        Protocol nerve = new Protocol(details("Median nerve at pronator teres", BodyRegion.ELBOW,
                RegionGroup.NERVE_ENTRAPMENT, Tissue.NERVE, List.of("G56.11")));
        pronator.linkTo(List.of(fcr, nerve));
        assertEquals(List.of(fcr, nerve), pronator.suggestions());
        nerve.retire();
        assertEquals(List.of(fcr), pronator.suggestions());
        assertEquals(2, pronator.getLinks().size(), "a retired protocol stays linked");
        assertThrows(DomainException.class, nerve::retire);
        nerve.reactivate();
        assertEquals(2, pronator.suggestions().size());
    }

    @Test
    void aProtocolDoesNotLinkToItself() {
        Protocol pronator = new Protocol(pronatorTeres());
        DomainException e = assertThrows(DomainException.class, () -> pronator.linkTo(List.of(pronator)));
        assertEquals("Pronator teres cannot be linked to itself.", e.getMessage());
    }

    @Test
    void namesAreComparedWithoutCaseOrAccents() {
        assertEquals(Protocol.searchName("Pronator Teres"), new Protocol(pronatorTeres()).getSearchName());
        assertEquals("extensor carpi radialis brevis", Protocol.searchName("Extensor carpi radialis  BREVIS"));
    }

    @Test
    void theDetailsComeBackAsTheyWereGiven() {
        assertEquals(pronatorTeres(), new Protocol(pronatorTeres()).details());
    }
}
