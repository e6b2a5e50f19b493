package org.artclinic.clinic.charting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.junit.jupiter.api.Test;

class ArtEntryTest {

    @Test
    void passesPainAndRangeAreCheckedAgainstTheirScales() {
        ArtEntry.Request fine = new ArtEntry.Request(Side.LEFT, 3, Tension.MODERATE, 6, 3,
                RomMovement.SHOULDER_ABDUCTION, 55, 70, "  eased  ");
        assertEquals("eased", fine.response());
        assertNull(new ArtEntry.Request(Side.LEFT, 1, Tension.LIGHT, null, null, null, null, null, " ").response());

        assertTrue(assertThrows(DomainException.class,
                () -> new ArtEntry.Request(Side.LEFT, 0, Tension.LIGHT, null, null, null, null, null, null))
                .getMessage().contains("Passes are counted from 1 to 10"));
        assertThrows(DomainException.class, () -> new ArtEntry.Request(Side.LEFT, 11, Tension.LIGHT, null, null, null,
                null, null, null));
        assertTrue(assertThrows(DomainException.class,
                () -> new ArtEntry.Request(Side.LEFT, 2, Tension.LIGHT, 11, null, null, null, null, null))
                .getMessage().contains("Pain before"));
        assertTrue(assertThrows(DomainException.class,
                () -> new ArtEntry.Request(Side.LEFT, 2, Tension.LIGHT, null, null, RomMovement.SHOULDER_ABDUCTION, null,
                        201, null))
                .getMessage().contains("Shoulder abduction is measured from 0 to 200 degrees"), "twice the normal 180 "
                        + "is capped at 200");
        assertTrue(assertThrows(DomainException.class,
                () -> new ArtEntry.Request(Side.LEFT, 2, Tension.LIGHT, null, null, RomMovement.CERVICAL_FLEXION, 91,
                        null, null))
                .getMessage().contains("Range of motion before: Neck flexion is measured from 0 to 90"));
        assertTrue(assertThrows(DomainException.class,
                () -> new ArtEntry.Request(Side.LEFT, 2, Tension.LIGHT, null, null, null, 40, 50, null))
                .getMessage().contains("Choose the movement"), "degrees without a movement mean nothing");
        assertThrows(DomainException.class, () -> new ArtEntry.Request(null, 2, Tension.LIGHT, null, null, null, null,
                null, null));
        assertThrows(DomainException.class, () -> new ArtEntry.Request(Side.LEFT, 2, null, null, null, null, null,
                null, null));
        assertThrows(DomainException.class, () -> new ArtEntry.Request(Side.LEFT, 2, Tension.FIRM, null, null, null,
                null, null, "x".repeat(501)));
    }
}
