package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void aSingleRoleIsItsOwnPrimaryRole() {
        for (Role role : Role.values()) {
            assertEquals(role, Role.primaryOf(Set.of(role)).orElseThrow());
        }
    }

    @Test
    void clinicalWorkComesFirstForSomeoneWithSeveralRoles() {
        assertEquals(Role.PRACTITIONER, Role.primaryOf(EnumSet.of(Role.ADMIN, Role.PRACTITIONER)).orElseThrow());
        assertEquals(Role.FRONT_DESK, Role.primaryOf(EnumSet.of(Role.MANAGER, Role.FRONT_DESK)).orElseThrow());
        assertEquals(Role.MANAGER, Role.primaryOf(EnumSet.of(Role.ADMIN, Role.MANAGER)).orElseThrow());
    }

    @Test
    void noRolesMeansNoStartPage() {
        assertTrue(Role.primaryOf(Set.of()).isEmpty());
    }

    @Test
    void roleNameConstantsMatchTheEnum() {
        assertEquals(Role.FRONT_DESK.name(), Role.Names.FRONT_DESK);
        assertEquals(Role.PRACTITIONER.name(), Role.Names.PRACTITIONER);
        assertEquals(Role.MANAGER.name(), Role.Names.MANAGER);
        assertEquals(Role.ADMIN.name(), Role.Names.ADMIN);
    }
}
