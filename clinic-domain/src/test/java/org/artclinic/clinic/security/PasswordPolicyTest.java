package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NIST SP 800-63B section 5.1.1.2, as {@link PasswordPolicy} applies it. */
class PasswordPolicyTest {

    @Test
    void aLongPassphraseWithoutDigitsOrSymbolsIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("correct horse battery staple", "jane"));
        assertDoesNotThrow(() -> PasswordPolicy.check("allsmallletters", "jane"), "no composition rules");
    }

    @Test
    void fewerThanTwelveCharactersAreRefusedWithTheRuleInTheMessage() {
        DomainException e = assertThrows(DomainException.class, () -> PasswordPolicy.check("elevenchars", "jane"));
        assertTrue(e.getMessage().contains("at least 12"), e.getMessage());
        assertThrows(DomainException.class, () -> PasswordPolicy.check(null, "jane"));
        assertDoesNotThrow(() -> PasswordPolicy.check("twelve chars", "jane"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwerty123456", "1qaz2wsx3edc", "QAZWSXEDCRFV", "LeaveMeAlone", "123456654321"})
    void passwordsFromTheListOfCommonPasswordsAreRefusedWhateverTheirCase(String common) {
        DomainException e = assertThrows(DomainException.class, () -> PasswordPolicy.check(common, "jane"));
        assertTrue(e.getMessage().contains("common"), e.getMessage());
    }

    @Test
    void theBundledListHoldsAtLeastTheTenThousandMostCommonPasswords() {
        assertTrue(PasswordPolicy.commonPasswordCount() >= 10_000, "list size " + PasswordPolicy.commonPasswordCount());
        assertTrue(PasswordPolicy.isCommon("password"), "the most common of all");
        assertTrue(PasswordPolicy.isCommon("Iloveyou"));
    }

    @Test
    void thePasswordMayNotContainTheUserName() {
        DomainException e = assertThrows(DomainException.class,
                () -> PasswordPolicy.check("my-Janedoe-password", "janedoe"));
        assertTrue(e.getMessage().contains("user name"), e.getMessage());
    }

    @Test
    void veryLongPasswordsAreRefusedButSixtyFourCharactersAreAllowed() {
        assertThrows(DomainException.class, () -> PasswordPolicy.check("x".repeat(129), "jane"));
        assertDoesNotThrow(() -> PasswordPolicy.check("xy".repeat(32), "jane"));
        assertDoesNotThrow(() -> PasswordPolicy.check("xy".repeat(64), "jane"));
    }
}
