package org.artclinic.clinic.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTest {

    @Test
    void aTimeZoneNameIsUnderstood() {
        assertEquals(ZoneId.of("America/Chicago"), Location.zone("America/Chicago"));
        assertEquals(ZoneId.of("Europe/Berlin"), Location.zone("  Europe/Berlin "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "Chicago", "", "America/Chicago/Downtown", "CST6CDT!"})
    void anUnknownTimeZoneIsRefusedWithAnExample(String typed) {
        DomainException e = assertThrows(DomainException.class, () -> Location.zone(typed));
        assertEquals("\"" + typed + "\" is not a time zone; use a name like America/Chicago.", e.getMessage());
    }

    @Test
    void aMissingTimeZoneIsRefusedToo() {
        assertThrows(DomainException.class, () -> Location.zone(null));
        assertEquals("A location needs a time zone.", assertThrows(DomainException.class,
                () -> new Location("Downtown", null, null, null)).getMessage());
    }

    @Test
    void aLocationKeepsItsZoneNameAndContact() {
        Address address = new Address("12 Main St", null, "Springfield", "IL", "62701", "USA");
        Location downtown = new Location(" Downtown ", ZoneId.of("America/Chicago"), "(217) 555-0100", address);
        assertEquals("Downtown", downtown.getName());
        assertEquals("America/Chicago", downtown.getTimeZone());
        assertEquals(ZoneId.of("America/Chicago"), downtown.getZone());
        assertEquals("(217) 555-0100", downtown.getPhone());
        assertEquals("Springfield", downtown.getAddress().getCity());
        assertTrue(downtown.isActive());
        assertTrue(downtown.isNew(), "not saved yet, so no id");
    }

    @Test
    void nameRequiredPhoneCheckedAddressOptional() {
        ZoneId chicago = ZoneId.of("America/Chicago");
        assertEquals("The location name is required.",
                assertThrows(DomainException.class, () -> new Location(" ", chicago, null, null)).getMessage());
        assertThrows(DomainException.class, () -> new Location("Downtown", chicago, "call us", null));
        Location noAddress = new Location("Uptown", chicago, null, null);
        assertNotNull(noAddress.getAddress());
        assertNull(noAddress.getAddress().getCity());
        assertNull(noAddress.getPhone());
    }

    @Test
    void aRoomBelongsToItsLocation() {
        Location downtown = new Location("Downtown", ZoneId.of("America/Chicago"), null, null);
        Room room = new Room(downtown, " Room 2 ");
        assertEquals("Room 2", room.getName());
        assertEquals(downtown, room.getLocation());
        assertEquals("The room name is required.",
                assertThrows(DomainException.class, () -> new Room(downtown, "")).getMessage());
    }
}
