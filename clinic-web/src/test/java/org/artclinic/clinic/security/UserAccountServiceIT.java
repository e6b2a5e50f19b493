package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsManager;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** User accounts through the real service, transactions and database. */
@ExtendWith(ArquillianExtension.class)
class UserAccountServiceIT {

    private static final String PASSPHRASE = "soft tissue, active motion";

    @EJB
    private UserAccountService users;

    @Inject
    private PasswordHasher passwordHasher;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private AsManager asManager;

    @Test
    void anAdministratorCreatesAUserWhosePasswordIsStoredOnlyAsAHash() throws Exception {
        String username = uniqueName("therapist");
        asAdmin.call(() -> users.create(username.toUpperCase(), "Tess Therapist", PASSPHRASE,
                Set.of(Role.PRACTITIONER, Role.ADMIN)));

        UserAccount stored = users.findByUsername(username).orElseThrow();
        assertEquals(username, stored.getUsername(), "user names are stored in lower case");
        assertEquals("Tess Therapist", stored.getFullName());
        assertEquals(Set.of(Role.PRACTITIONER, Role.ADMIN), stored.getRoles());
        assertTrue(stored.isActive());
        assertTrue(stored.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), stored.getPasswordHash());
        assertFalse(stored.getPasswordHash().contains(PASSPHRASE));
        assertTrue(passwordHasher.matches(PASSPHRASE, stored.getPasswordHash()));
        assertFalse(passwordHasher.matches("soft tissue, passive motion", stored.getPasswordHash()));
    }

    @Test
    void aTakenUserNameIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        String username = uniqueName("dup");
        asAdmin.call(() -> users.create(username, "First Person", PASSPHRASE, Set.of(Role.FRONT_DESK)));
        long before = asAdmin.call(users::count);

        DomainException refused = assertThrows(DomainException.class, () -> asAdmin.call(
                () -> users.create(username, "Second Person", PASSPHRASE, Set.of(Role.MANAGER))));

        assertTrue(refused.getMessage().contains("already taken"), refused.getMessage());
        assertEquals(before, asAdmin.call(users::count));
        assertEquals("First Person", users.findByUsername(username).orElseThrow().getFullName());
    }

    @Test
    void aWeakPasswordIsRefusedAndNoAccountIsCreated() throws Exception {
        String username = uniqueName("weak");
        DomainException refused = assertThrows(DomainException.class, () -> asAdmin.call(
                () -> users.create(username, "Weak Password", "short", Set.of(Role.FRONT_DESK))));
        assertTrue(refused.getMessage().contains("at least 8"), refused.getMessage());
        assertTrue(users.findByUsername(username).isEmpty());
    }

    @Test
    void onlyAdministratorsMayCreateOrListUsers() throws Exception {
        String username = uniqueName("intruder");
        for (var runner : List.of(asFrontDesk, asPractitioner, asManager)) {
            assertThrows(EJBAccessException.class, () -> runner.call(
                    () -> users.create(username, "Not Allowed", PASSPHRASE, Set.of(Role.ADMIN))));
            assertThrows(EJBAccessException.class, () -> runner.call(() -> users.list(0, 10)));
        }
        assertTrue(users.findByUsername(username).isEmpty(), "the refused calls created nothing");
    }

    @Test
    void theUserListIsPagedInUserNameOrder() throws Exception {
        String prefix = uniqueName("page");
        for (String suffix : List.of("c", "a", "b")) {
            asAdmin.call(() -> users.create(prefix + suffix, "Paged " + suffix, PASSPHRASE, Set.of(Role.MANAGER)));
        }
        long total = asAdmin.call(users::count);
        List<String> all = asAdmin.call(() -> users.list(0, (int) total)).stream().map(UserAccount::getUsername).toList();
        assertEquals(total, all.size());
        assertTrue(all.indexOf(prefix + "a") < all.indexOf(prefix + "b"), "ordered by user name");
        assertTrue(all.indexOf(prefix + "b") < all.indexOf(prefix + "c"), "ordered by user name");

        List<UserAccount> secondPage = asAdmin.call(() -> users.list(1, 2));
        assertEquals(all.subList(1, 3), secondPage.stream().map(UserAccount::getUsername).toList());
    }

    private static String uniqueName(String stem) {
        return "it-" + stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
