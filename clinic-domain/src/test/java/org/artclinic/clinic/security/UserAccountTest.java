package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void userNamesAreCaseInsensitiveAtTheLoginPrompt() {
        UserAccount user = new UserAccount("  JSmith ", "Jane Smith", "hash", Set.of(Role.FRONT_DESK), NOW);
        assertEquals("jsmith", user.getUsername());
        assertTrue(user.isActive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "1abc", "jane smith", "jane@clinic", "a234567890123456789012345678901234567890123456789012"})
    void unusableUserNamesAreRefusedWithAnExplanation(String name) {
        DomainException e = assertThrows(DomainException.class,
                () -> new UserAccount(name, "Jane Smith", "hash", Set.of(Role.FRONT_DESK), NOW));
        assertTrue(e.getMessage().contains("3 to 50 characters"), e.getMessage());
    }

    @Test
    void aUserNeedsARoleAFullNameAndAPassword() {
        assertThrows(DomainException.class, () -> new UserAccount("jane", "Jane", "hash", List.of(), NOW));
        assertThrows(DomainException.class, () -> new UserAccount("jane", "  ", "hash", Set.of(Role.ADMIN), NOW));
        assertThrows(DomainException.class, () -> new UserAccount("jane", "Jane", " ", Set.of(Role.ADMIN), NOW));
    }

    @Test
    void aDeactivatedUserIsNoLongerActive() {
        UserAccount user = new UserAccount("jane", "Jane Smith", "hash", Set.of(Role.MANAGER, Role.ADMIN), NOW);
        user.deactivate();
        assertFalse(user.isActive());
        assertTrue(user.hasRole(Role.MANAGER));
        assertFalse(user.hasRole(Role.FRONT_DESK));
    }

    @Test
    void rolesCannotBeChangedBehindTheEntitysBack() {
        UserAccount user = new UserAccount("jane", "Jane Smith", "hash", Set.of(Role.MANAGER), NOW);
        assertThrows(UnsupportedOperationException.class, () -> user.getRoles().add(Role.ADMIN));
    }

    @Test
    void twoNewUnsavedAccountsAreNotEqual() {
        UserAccount a = new UserAccount("jane", "Jane Smith", "hash", Set.of(Role.MANAGER), NOW);
        UserAccount b = new UserAccount("jane", "Jane Smith", "hash", Set.of(Role.MANAGER), NOW);
        assertFalse(a.equals(b));
        assertEquals(a, a);
    }

    @Test
    void aOneTimePasswordMustBeReplacedByOneTheUserChooses() {
        UserAccount user = new UserAccount("jane", "Jane Smith", "hash", Set.of(Role.FRONT_DESK), NOW);
        assertFalse(user.isPasswordChangeRequired());
        user.giveOneTimePassword("one-time hash");
        assertTrue(user.isPasswordChangeRequired());
        assertEquals("one-time hash", user.getPasswordHash());
        user.choosePassword("own hash");
        assertFalse(user.isPasswordChangeRequired());
        assertEquals("own hash", user.getPasswordHash());
    }

    @Test
    void anEditChangesNameEmailAndRolesAndRefusesABadEmailOrNoRole() {
        UserAccount user = new UserAccount("jane", "Jane Smith", "hash", Set.of(Role.FRONT_DESK), NOW);
        user.edit(" Jane Doe ", " jane@clinic.example ", Set.of(Role.MANAGER, Role.ADMIN));
        assertEquals("Jane Doe", user.getFullName());
        assertEquals("jane@clinic.example", user.getEmail());
        assertEquals(Set.of(Role.MANAGER, Role.ADMIN), user.getRoles());

        DomainException e = assertThrows(DomainException.class, () -> user.edit("Jane", "jane at clinic", Set.of(Role.ADMIN)));
        assertTrue(e.getMessage().contains("not an e-mail address"), e.getMessage());
        assertThrows(DomainException.class, () -> user.edit("Jane", null, Set.of()));
        user.edit("Jane Doe", "  ", Set.of(Role.ADMIN));
        assertEquals(null, user.getEmail(), "the e-mail address is optional");
    }
}
