package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseWithoutSymbolsIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("correct horse battery staple", "jane"));
        assertDoesNotThrow(() -> PasswordPolicy.check("demo1234", "frontdesk"));
    }

    @Test
    void shortPasswordsAreRefused() {
        DomainException e = assertThrows(DomainException.class, () -> PasswordPolicy.check("abc1234", "jane"));
        assertTrue(e.getMessage().contains("at least 8"));
        assertThrows(DomainException.class, () -> PasswordPolicy.check(null, "jane"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThrows(DomainException.class, () -> PasswordPolicy.check("PassWord1", "jane"));
    }

    @Test
    void thePasswordMayNotContainTheUserName() {
        assertThrows(DomainException.class, () -> PasswordPolicy.check("my-Janedoe-2026", "janedoe"));
    }

    @Test
    void veryLongPasswordsAreRefused() {
        assertThrows(DomainException.class, () -> PasswordPolicy.check("x".repeat(129), "jane"));
        assertDoesNotThrow(() -> PasswordPolicy.check("xy".repeat(64), "jane"));
    }
}
