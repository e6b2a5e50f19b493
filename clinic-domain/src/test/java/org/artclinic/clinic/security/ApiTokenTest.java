package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccount owner = new UserAccount("desk", "Dana Desk", "hash",
            Set.of(Role.FRONT_DESK, Role.MANAGER), NOW);

    @Test
    void aSecretIsRecognisableCarries256RandomBitsAndOnlyItsDigestIsKept() {
        String secret = ApiToken.newSecret(RANDOM);
        assertTrue(secret.startsWith("artc_") && secret.length() == 5 + 43, secret);
        assertNotEquals(secret, ApiToken.newSecret(RANDOM));
        assertTrue(ApiToken.looksLikeToken(secret));
        assertFalse(ApiToken.looksLikeToken("demo1234"));

        ApiToken token = new ApiToken(owner, "Booking site", secret, Set.of(), null, NOW);
        assertTrue(token.accepts(ApiToken.digestOf(secret), NOW));
        assertFalse(token.accepts(ApiToken.digestOf(secret + "x"), NOW));
        assertEquals(64, ApiToken.digestOf(secret).length());
        assertFalse(ApiToken.digestOf(secret).contains(secret.substring(5)));
    }

    @Test
    void withoutAnExpiryATokenLasts90DaysAndNeverMoreThanAYear() {
        ApiToken token = new ApiToken(owner, "Reminders", ApiToken.newSecret(RANDOM), Set.of(), null, NOW);
        assertEquals(NOW.plus(Duration.ofDays(90)), token.getExpiresAt());

        assertEquals(NOW.plus(Duration.ofDays(366)), ApiToken.checkedExpiry(NOW.plus(Duration.ofDays(366)), NOW));
        DomainException tooLong = assertThrows(DomainException.class,
                () -> ApiToken.checkedExpiry(NOW.plus(Duration.ofDays(367)), NOW));
        assertTrue(tooLong.getMessage().contains("at most a year"), tooLong.getMessage());
        assertThrows(DomainException.class, () -> ApiToken.checkedExpiry(NOW, NOW));
    }

    @Test
    void anExpiredTokenNoLongerAuthenticates() {
        String secret = ApiToken.newSecret(RANDOM);
        ApiToken token = new ApiToken(owner, "Phone system", secret, Set.of(), NOW.plusSeconds(60), NOW);
        assertTrue(token.accepts(ApiToken.digestOf(secret), NOW.plusSeconds(59)));
        assertFalse(token.accepts(ApiToken.digestOf(secret), NOW.plusSeconds(60)));
    }

    @Test
    void aTokenHasItsOwnersCurrentRolesNarrowedToItsLimit() {
        ApiToken all = new ApiToken(owner, "All", ApiToken.newSecret(RANDOM), Set.of(), null, NOW);
        ApiToken desk = new ApiToken(owner, "Desk", ApiToken.newSecret(RANDOM), Set.of(Role.FRONT_DESK), null, NOW);
        assertEquals(EnumSet.of(Role.FRONT_DESK, Role.MANAGER), all.effectiveRoles());
        assertEquals(EnumSet.of(Role.FRONT_DESK), desk.effectiveRoles());

        owner.edit("Dana Desk", null, Set.of(Role.MANAGER));
        assertEquals(EnumSet.of(Role.MANAGER), all.effectiveRoles(), "the owner's roles as they are now");
        assertEquals(EnumSet.noneOf(Role.class), desk.effectiveRoles(), "never a role the owner lost");

        DomainException more = assertThrows(DomainException.class,
                () -> new ApiToken(owner, "More", ApiToken.newSecret(RANDOM), Set.of(Role.ADMIN), null, NOW));
        assertTrue(more.getMessage().contains("roles its owner has"), more.getMessage());
    }

    @Test
    void aDeactivatedOwnerOrOneWithAOneTimePasswordGivesATokenNoRoles() {
        ApiToken token = new ApiToken(owner, "Sync", ApiToken.newSecret(RANDOM), Set.of(), null, NOW);
        owner.giveOneTimePassword("new-hash");
        assertEquals(Set.of(), token.effectiveRoles());
        owner.choosePassword("own-hash");
        owner.deactivate();
        assertEquals(Set.of(), token.effectiveRoles());
        owner.activate();
        assertFalse(token.effectiveRoles().isEmpty());
    }

    @Test
    void theRuleReadFromPlainValuesIsTheEntitysRule() {
        // what ApiTokenService.authenticate reads in one query instead of loading the entities
        Set<Role> owners = EnumSet.of(Role.FRONT_DESK, Role.MANAGER);
        assertEquals(owners, ApiToken.effectiveRoles(true, false, owners, Set.of()));
        assertEquals(EnumSet.of(Role.MANAGER), ApiToken.effectiveRoles(true, false, owners, EnumSet.of(Role.MANAGER, Role.ADMIN)));
        assertEquals(Set.of(), ApiToken.effectiveRoles(true, false, Set.of(), Set.of()), "an owner without roles");
        assertEquals(Set.of(), ApiToken.effectiveRoles(false, false, owners, Set.of()), "a deactivated owner");
        assertEquals(Set.of(), ApiToken.effectiveRoles(true, true, owners, Set.of()), "an owner with a one-time password");

        String digest = ApiToken.digestOf(ApiToken.newSecret(RANDOM));
        assertTrue(ApiToken.accepts(digest, NOW.plusSeconds(1), digest, NOW));
        assertFalse(ApiToken.accepts(digest, NOW, digest, NOW), "expired at its expiry");
        assertFalse(ApiToken.accepts(digest, NOW.plusSeconds(1), ApiToken.digestOf("artc_other"), NOW));
    }

    @Test
    void aTokenNeedsAName() {
        assertThrows(DomainException.class,
                () -> new ApiToken(owner, "  ", ApiToken.newSecret(RANDOM), Set.of(), null, NOW));
        assertThrows(DomainException.class,
                () -> new ApiToken(owner, "x".repeat(81), ApiToken.newSecret(RANDOM), Set.of(), null, NOW));
    }
}
