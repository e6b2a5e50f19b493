package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.artclinic.clinic.audit.AuditEvent;
import org.artclinic.clinic.audit.AuditFilter;
import org.artclinic.clinic.audit.AuditOutcome;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsManager;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.LegacyRows;
import org.artclinic.clinic.testsupport.NoAdministrators;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.test.api.ArquillianResource;
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
    private org.artclinic.clinic.audit.AuditReport auditReport;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private AsManager asManager;

    @EJB
    private NoAdministrators noAdministrators;

    @ArquillianResource
    private URL base;

    @EJB
    private LegacyRows legacyRows;

    @EJB
    private ClinicSetupService setup;

    @Inject
    private Pbkdf2PasswordHash olderHash;

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
        long before = asAdmin.call(() -> users.count(null));

        DomainException refused = assertThrows(DomainException.class, () -> asAdmin.call(
                () -> users.create(username, "Second Person", PASSPHRASE, Set.of(Role.MANAGER))));

        assertTrue(refused.getMessage().contains("already taken"), refused.getMessage());
        assertEquals(before, asAdmin.call(() -> users.count(null)));
        assertEquals("First Person", users.findByUsername(username).orElseThrow().getFullName());
    }

    @Test
    void aWeakPasswordIsRefusedAndNoAccountIsCreated() throws Exception {
        String username = uniqueName("weak");
        DomainException refused = assertThrows(DomainException.class, () -> asAdmin.call(
                () -> users.create(username, "Weak Password", "short", Set.of(Role.FRONT_DESK))));
        assertTrue(refused.getMessage().contains("at least 12"), refused.getMessage());
        assertTrue(users.findByUsername(username).isEmpty());
    }

    @Test
    void onlyAdministratorsMayCreateOrListUsers() throws Exception {
        String username = uniqueName("intruder");
        for (var runner : List.of(asFrontDesk, asPractitioner, asManager)) {
            assertThrows(EJBAccessException.class, () -> runner.call(
                    () -> users.create(username, "Not Allowed", PASSPHRASE, Set.of(Role.ADMIN))));
            assertThrows(EJBAccessException.class, () -> runner.call(() -> users.list(null, 0, 10)));
        }
        assertTrue(users.findByUsername(username).isEmpty(), "the refused calls created nothing");
    }

    @Test
    void theUserListIsPagedInUserNameOrder() throws Exception {
        String prefix = uniqueName("page");
        for (String suffix : List.of("c", "a", "b")) {
            asAdmin.call(() -> users.create(prefix + suffix, "Paged " + suffix, PASSPHRASE, Set.of(Role.MANAGER)));
        }
        long total = asAdmin.call(() -> users.count(null));
        List<String> all = asAdmin.call(() -> users.list(null, 0, (int) total)).stream().map(UserAccount::getUsername)
                .toList();
        assertEquals(total, all.size());
        assertTrue(all.indexOf(prefix + "a") < all.indexOf(prefix + "b"), "ordered by user name");
        assertTrue(all.indexOf(prefix + "b") < all.indexOf(prefix + "c"), "ordered by user name");

        List<UserAccount> secondPage = asAdmin.call(() -> users.list(null, 1, 2));
        assertEquals(all.subList(1, 3), secondPage.stream().map(UserAccount::getUsername).toList());
    }

    @Test
    void theUserListFindsAUserNamesStartOrPartOfAFullNameIgnoringCase() throws Exception {
        String name = uniqueName("find");
        asAdmin.call(() -> users.create(name, "Quentin Quarrington", PASSPHRASE, Set.of(Role.MANAGER)));

        for (String typed : List.of(name.substring(0, name.length() - 1).toUpperCase(), "quarring", " QUENTIN Q")) {
            List<String> found = asAdmin.call(() -> users.list(typed, 0, 50)).stream()
                    .map(UserAccount::getUsername).toList();
            assertTrue(found.contains(name), typed + " finds " + name + ": " + found);
            long counted = asAdmin.call(() -> users.count(typed));
            assertEquals(found.size(), counted, "the count matches the list");
        }
        // the middle of a user name, or a wildcard typed by hand, finds nothing of it
        assertFalse(asAdmin.call(() -> users.list(name.substring(2), 0, 50)).stream()
                .anyMatch(u -> u.getUsername().equals(name)), "user names match from their start");
        long none = asAdmin.call(() -> users.count("%%no such user%%"));
        assertEquals(0, none, "a typed % is no wildcard");
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyWhileNoAdministratorExistsAndMustChooseTheirOwnPassword() throws Exception {
        String first = uniqueName("first");
        DomainException closed = assertThrows(DomainException.class,
                () -> users.createFirstAdministrator(first, "Fiona First", "bootstrap once only"));
        assertTrue(closed.getMessage().contains("exists already"), closed.getMessage());
        assertTrue(users.findByUsername(first).isEmpty(), "refused while the demo administrator exists");

        // a refusal marks the transaction for rollback, so each state is set up anew for one refusal
        UserAccount created = noAdministrators.call(() -> {
            assertFalse(users.hasAdministrator(), "a fresh installation's state");
            UserAccount admin = users.createFirstAdministrator(first, "Fiona First", "bootstrap once only");
            assertTrue(users.hasAdministrator());
            DomainException second = assertThrows(DomainException.class,
                    () -> users.createFirstAdministrator(uniqueName("second"), "Second", "bootstrap once only"));
            assertTrue(second.getMessage().contains("exists already"), second.getMessage());
            return admin;
        });
        noAdministrators.call(() -> {
            UserAccount only = users.createFirstAdministrator(uniqueName("only"), "Olive Only", "bootstrap once only");
            DomainException lastOne = assertThrows(DomainException.class, () -> users.setActive(only.getId(), false));
            assertTrue(lastOne.getMessage().contains("last active administrator"), lastOne.getMessage());
            return null;
        });

        assertEquals(Set.of(Role.ADMIN), created.getRoles());
        assertTrue(created.isActive());
        assertTrue(created.isPasswordChangeRequired(), "the bootstrap password is a one-time password");
        assertTrue(passwordHasher.matches("bootstrap once only", created.getPasswordHash()));
        assertTrue(users.findByUsername(first).isEmpty(), "the test's transaction was rolled back");
    }

    @Test
    void anAdministratorCreatesAUserWithAOneTimePasswordEditsAndResetsIt() throws Exception {
        String username = uniqueName("desk");
        UserAccountService.NewAccount created = asAdmin.call(() -> users.create(new UserRequest(username,
                "Dana Desk", "dana@clinic.example", Set.of(Role.FRONT_DESK), null)));
        UserAccount account = created.account();
        assertTrue(account.isPasswordChangeRequired());
        assertTrue(created.oneTimePassword().length() >= PasswordPolicy.MIN_LENGTH, created.oneTimePassword());
        assertTrue(passwordHasher.matches(created.oneTimePassword(), account.getPasswordHash()));

        UserAccount edited = asAdmin.call(() -> users.update(account.getId(), account.getVersion(),
                new UserRequest(null, "Dana Desk-Smith", "", Set.of(Role.FRONT_DESK, Role.MANAGER), null)));
        assertEquals("Dana Desk-Smith", edited.getFullName());
        assertEquals(null, edited.getEmail());
        assertEquals(Set.of(Role.FRONT_DESK, Role.MANAGER), edited.getRoles());

        DomainException stale = assertThrows(DomainException.class, () -> asAdmin.call(() -> users.update(
                account.getId(), account.getVersion(), new UserRequest(null, "Lost Edit", null,
                        Set.of(Role.FRONT_DESK), null))));
        assertTrue(stale.getMessage().contains("Someone else changed"), stale.getMessage());
        assertEquals("Dana Desk-Smith", users.findByUsername(username).orElseThrow().getFullName());

        String reset = asAdmin.call(() -> users.resetPassword(account.getId()));
        UserAccount afterReset = users.findByUsername(username).orElseThrow();
        assertTrue(passwordHasher.matches(reset, afterReset.getPasswordHash()));
        assertFalse(passwordHasher.matches(created.oneTimePassword(), afterReset.getPasswordHash()),
                "the earlier one-time password no longer works");

        asAdmin.call(() -> users.setActive(account.getId(), false));
        assertFalse(users.findByUsername(username).orElseThrow().isActive());
        asAdmin.call(() -> users.setActive(account.getId(), true));
        assertTrue(users.findByUsername(username).orElseThrow().isActive());

        // the audit trail keeps each change of the account and its roles with the values before and after
        List<AuditEvent> changes = asAdmin.call(() -> auditReport.events(new AuditFilter(null, null,
                "it-run-as-admin", null, null), 0, 200)).stream()
                .filter(e -> e.getSource().startsWith("UserAccountService.") && e.getOutcome() == AuditOutcome.SUCCESS
                        && (String.valueOf(e.getAfter()).contains("user=" + username + ",")
                                || e.getSource().endsWith("resetPassword") && e.getAt().isAfter(edited.getCreatedAt())))
                .toList();
        List<String> sources = changes.stream().map(AuditEvent::getSource).toList();
        assertEquals(List.of("UserAccountService.setActive", "UserAccountService.setActive",
                "UserAccountService.resetPassword", "UserAccountService.update", "UserAccountService.create"),
                sources.subList(0, 5), sources.toString());
        AuditEvent create = changes.get(4);
        assertEquals(null, create.getBefore());
        assertTrue(create.getAfter().contains("name=Dana Desk, email=dana@clinic.example, roles=[FRONT_DESK], "
                + "active=true"), create.getAfter());
        AuditEvent update = changes.get(3);
        assertTrue(update.getBefore().contains("roles=[FRONT_DESK]") && update.getBefore().contains("name=Dana Desk,"),
                update.getBefore());
        assertTrue(update.getAfter().contains("roles=[FRONT_DESK, MANAGER]")
                && update.getAfter().contains("name=Dana Desk-Smith, email=,"), update.getAfter());
        assertTrue(changes.get(1).getBefore().contains("active=true") && changes.get(1).getAfter().contains("active=false"));
        assertTrue(changes.get(0).getBefore().contains("active=false") && changes.get(0).getAfter().contains("active=true"));
        for (AuditEvent e : changes) {
            String both = e.getBefore() + " " + e.getAfter();
            assertFalse(both.contains(reset) || both.contains(created.oneTimePassword())
                    || both.contains(afterReset.getPasswordHash()),
                    "never a password or its hash: " + both);
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsCreated() throws Exception {
        String username = uniqueName("bad");
        DomainException email = assertThrows(DomainException.class, () -> asAdmin.call(() -> users.create(
                new UserRequest(username, "Bad Email", "not-an-address", Set.of(Role.FRONT_DESK), null))));
        assertTrue(email.getMessage().contains("not an e-mail address"), email.getMessage());
        DomainException roles = assertThrows(DomainException.class, () -> asAdmin.call(() -> users.create(
                new UserRequest(username, "No Role", null, Set.of(), null))));
        assertTrue(roles.getMessage().contains("at least one role"), roles.getMessage());
        DomainException practitioner = assertThrows(DomainException.class, () -> asAdmin.call(() -> users.create(
                new UserRequest(username, "No Such Practitioner", null, Set.of(Role.PRACTITIONER), 999_999_999L))));
        assertTrue(practitioner.getMessage().contains("There is no practitioner"), practitioner.getMessage());
        assertTrue(users.findByUsername(username).isEmpty());
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        long demoAdmin = users.findByUsername("admin").orElseThrow().getId();
        String username = uniqueName("nope");
        for (var runner : List.of(asFrontDesk, asPractitioner, asManager)) {
            assertThrows(EJBAccessException.class, () -> runner.call(() -> users.create(
                    new UserRequest(username, "Not Allowed", null, Set.of(Role.ADMIN), null))));
            assertThrows(EJBAccessException.class, () -> runner.call(() -> users.resetPassword(demoAdmin)));
            assertThrows(EJBAccessException.class, () -> runner.call(() -> users.setActive(demoAdmin, false)));
            assertThrows(EJBAccessException.class, () -> runner.call(() -> users.update(demoAdmin, 0,
                    new UserRequest(null, "Taken Over", null, Set.of(Role.FRONT_DESK), null))));
        }
        assertTrue(users.findByUsername(username).isEmpty());
        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertTrue(admin.isActive() && admin.hasRole(Role.ADMIN));
    }

    @Test
    void aHashWithFewerIterationsIsMadeAgainAtTheNextSuccessfulSignInOnly() throws Exception {
        String username = uniqueName("legacy");
        asAdmin.call(() -> users.create(username, "Lee Legacy", PASSPHRASE, Set.of(Role.MANAGER)));
        olderHash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "10000")); // the tests store 20,000
        String old = olderHash.generate(PASSPHRASE.toCharArray());
        legacyRows.storePasswordHash(username, old);
        assertTrue(passwordHasher.isOutdated(users.findByUsername(username).orElseThrow().getPasswordHash()));

        users.signedIn(username, "not the password");
        assertEquals(old, users.findByUsername(username).orElseThrow().getPasswordHash(), "a wrong password changes nothing");

        assertEquals(302, new WebClient(base).login(username, PASSPHRASE).statusCode(), "signs in with the old hash");
        String upgraded = users.findByUsername(username).orElseThrow().getPasswordHash();
        assertFalse(passwordHasher.isOutdated(upgraded), upgraded.substring(0, 30));
        assertTrue(passwordHasher.matches(PASSPHRASE, upgraded), "the same password still signs in");
    }

    @Test
    void aPractitionersAccountIsLinkedToTheirRecordWhichNoSecondAccountCanClaim() throws Exception {
        Practitioner practitioner = asAdmin.call(() -> setup.createPractitioner(uniqueName("Dr. Link"),
                Discipline.CHIROPRACTOR, null, "#1f6f78", null));
        String username = uniqueName("linked");
        asAdmin.call(() -> users.create(new UserRequest(username, "Dr. Link", null, Set.of(Role.PRACTITIONER),
                practitioner.getId())));
        assertEquals(practitioner.getId(), setup.practitionerOfUser(username).orElseThrow().getId());

        String other = uniqueName("claim");
        DomainException claimed = assertThrows(DomainException.class, () -> asAdmin.call(() -> users.create(
                new UserRequest(other, "Second Claim", null, Set.of(Role.PRACTITIONER), practitioner.getId()))));
        assertTrue(claimed.getMessage().contains("already linked to user \"" + username + "\""), claimed.getMessage());
        assertTrue(users.findByUsername(other).isEmpty(), "the refused account was not created either");

        UserAccount account = users.findByUsername(username).orElseThrow();
        asAdmin.call(() -> users.update(account.getId(), account.getVersion(),
                new UserRequest(null, "Dr. Link", null, Set.of(Role.PRACTITIONER), null)));
        assertTrue(setup.practitionerOfUser(username).isEmpty(), "unlinked by the edit");
    }

    private static String uniqueName(String stem) {
        return "it-" + stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
