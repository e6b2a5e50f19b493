package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;

class PatientAccessTest {

    private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");

    @Test
    void ownPatientsAndThoseOfMyLocationsOpenWithoutAReason() {
        assertEquals(PatientAccess.OWN_PATIENT, PatientAccess.of(true, false, true, null, NOW));
        assertEquals(PatientAccess.OWN_PATIENT, PatientAccess.of(true, true, true, null, NOW));
        assertEquals(PatientAccess.AT_MY_LOCATION, PatientAccess.of(false, true, true, null, NOW));
        assertTrue(PatientAccess.AT_MY_LOCATION.allows());
    }

    @Test
    void aPatientNotYetBookedAnywhereBelongsToNoLocationAndOpens() {
        assertEquals(PatientAccess.NOT_YET_BOOKED, PatientAccess.of(false, false, false, null, NOW));
    }

    @Test
    void anyoneElseOnlyWhileABreakGlassLasts() {
        assertEquals(PatientAccess.NONE, PatientAccess.of(false, false, true, null, NOW));
        assertFalse(PatientAccess.NONE.allows());
        assertEquals(PatientAccess.BREAK_GLASS, PatientAccess.of(false, false, true, NOW.plusSeconds(1), NOW));
        assertEquals(PatientAccess.NONE, PatientAccess.of(false, false, true, NOW, NOW), "ended at this instant");
        assertEquals(PatientAccess.NONE, PatientAccess.of(false, false, true, NOW.minusSeconds(60), NOW));
    }

    @Test
    void breakGlassNeedsAReasonAReviewerCanCheckAndLastsOneShift() {
        assertThrows(DomainException.class, () -> new BreakGlassGrant("practitioner", 7L, null, NOW));
        assertThrows(DomainException.class, () -> new BreakGlassGrant("practitioner", 7L, "   test    ", NOW));
        assertThrows(DomainException.class, () -> new BreakGlassGrant("practitioner", 7L, "x".repeat(501), NOW));
        BreakGlassGrant grant = new BreakGlassGrant("practitioner", 7L, "  Covering for Dr. Okafor today  ", NOW);
        assertEquals("Covering for Dr. Okafor today", grant.getReason());
        assertEquals(NOW.plusSeconds(8 * 3600), grant.getExpiresAt());
        assertEquals(PatientAccess.BREAK_GLASS, PatientAccess.of(false, false, true, grant.getExpiresAt(),
                NOW.plusSeconds(8 * 3600 - 1)));
        assertEquals(PatientAccess.NONE, PatientAccess.of(false, false, true, grant.getExpiresAt(),
                NOW.plusSeconds(8 * 3600)));
    }
}
