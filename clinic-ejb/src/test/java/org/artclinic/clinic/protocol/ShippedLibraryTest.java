package org.artclinic.clinic.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.artclinic.clinic.intake.BodyRegion;
import org.junit.jupiter.api.Test;

/**
 * The library every installation starts with, checked without a server: it reads as an import
 * file, its links name protocols of the file, and it covers each condition the article lists with
 * protocols at the right region. ProtocolLibraryIT checks the same on the seeded database.
 */
class ShippedLibraryTest {

    private static final List<ProtocolRecord> LIBRARY = ProtocolFile.read(ProtocolLibrarySeeder.shippedLibrary(),
            ProtocolFile.Format.JSON).stream().map(ProtocolFile.Row::record).toList();

    /** Condition, ICD-10-CM code prefix, the region its protocols are at. */
    static final List<Object[]> CONDITIONS = List.of(
            new Object[] {"chronic neck pain", "M54.2", BodyRegion.NECK},
            new Object[] {"mechanical low back pain", "M54.5", BodyRegion.LOW_BACK},
            new Object[] {"rotator cuff tendinopathy", "M75.1", BodyRegion.SHOULDER},
            new Object[] {"shoulder impingement", "M75.4", BodyRegion.SHOULDER},
            new Object[] {"hip flexor strain", "S76.0", BodyRegion.HIP},
            new Object[] {"adductor strain", "S76.2", BodyRegion.HIP},
            new Object[] {"tension headache", "G44.2", BodyRegion.HEAD},
            new Object[] {"carpal tunnel syndrome", "G56.0", BodyRegion.WRIST_HAND},
            new Object[] {"lateral epicondylalgia", "M77.1", BodyRegion.ELBOW},
            new Object[] {"medial epicondylalgia", "M77.0", BodyRegion.ELBOW},
            new Object[] {"plantar fasciitis", "M72.2", BodyRegion.ANKLE_FOOT},
            new Object[] {"shin splints", "M76.8", BodyRegion.ANKLE_FOOT},
            new Object[] {"shin splints (lower leg pain)", "M79.6", BodyRegion.ANKLE_FOOT},
            new Object[] {"sciatic-type symptoms", "M54.3", BodyRegion.HIP},
            new Object[] {"sciatic-type symptoms with low back pain", "M54.4", BodyRegion.HIP});

    @Test
    void theShippedLibraryHasAtLeastEightyProtocolsWithLinksInsideIt() {
        assertTrue(LIBRARY.size() >= 80, "protocols: " + LIBRARY.size());
        Set<String> names = LIBRARY.stream().map(r -> Protocol.searchName(r.name())).collect(Collectors.toSet());
        assertEquals(LIBRARY.size(), names.size(), "names are unique");
        for (ProtocolRecord record : LIBRARY) {
            for (String link : record.links()) {
                assertTrue(names.contains(Protocol.searchName(link)), record.name() + " links to " + link);
            }
            assertTrue(!record.details().indications().isEmpty(), record.name() + " has indications");
        }
    }

    @Test
    void everyConditionOfTheArticleHasProtocolsAtItsRegion() {
        for (Object[] condition : CONDITIONS) {
            long found = LIBRARY.stream().filter(r -> r.details().region() == condition[2])
                    .filter(r -> r.details().indications().stream().anyMatch(c -> c.startsWith((String) condition[1])))
                    .count();
            assertTrue(found >= 2, condition[0] + ": " + found + " protocols with " + condition[1] + " at " + condition[2]);
        }
    }

    @Test
    void everyRegionAndTissueIsCovered() {
        Map<BodyRegion, Long> byRegion = LIBRARY.stream()
                .collect(Collectors.groupingBy(r -> r.details().region(), Collectors.counting()));
        assertEquals(Set.of(BodyRegion.values()), byRegion.keySet());
        assertEquals(Set.of(Tissue.values()),
                LIBRARY.stream().map(r -> r.details().tissue()).collect(Collectors.toSet()));
    }
}
