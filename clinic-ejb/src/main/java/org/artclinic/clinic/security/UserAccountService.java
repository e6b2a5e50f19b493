package org.artclinic.clinic.security;

import java.security.Principal;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.audit.AuditContext;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Practitioner;

/**
 * The people who can sign in: administrators create, edit, deactivate and reactivate accounts and
 * hand out one-time passwords; everyone changes their own password; the first administrator of a
 * new installation is created once (decision 0024). Accounts are never deleted.
 */
@Stateless
@DenyAll
public class UserAccountService {

    private static final Logger LOG = Logger.getLogger(UserAccountService.class.getName());

    /** An account just created, with the one-time password to give its user (shown once). */
    public record NewAccount(UserAccount account, String oneTimePassword) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private ClinicClock clock;

    @Resource
    private SessionContext session;

    /**
     * Creates an active account with a password the caller chose (tests and integrations that set
     * up known users); people get theirs through {@link #create(UserRequest)}.
     *
     * @throws DomainException when the user name is taken or invalid, or the password is weak
     */
    @RolesAllowed(Role.Names.ADMIN)
    public UserAccount create(String username, String fullName, String password, Collection<Role> roles) {
        String name = UserAccount.normalizeUsername(username);
        UserAccount account = persistNew(new UserAccount(name, fullName, passwordHasher.hash(password, name), roles,
                clock.now()));
        AuditContext.changed(null, described(account));
        return account;
    }

    /**
     * Creates an account with a one-time password that its user must replace at the first sign-in.
     *
     * @throws DomainException naming the first thing wrong (user name, name, e-mail, roles, practitioner)
     */
    @RolesAllowed(Role.Names.ADMIN)
    public NewAccount create(UserRequest request) {
        String oneTime = passwordHasher.oneTimePassword();
        UserAccount account = new UserAccount(request.username(), request.fullName(), passwordHasher.hashAsIs(oneTime),
                rolesOf(request), clock.now());
        account.edit(request.fullName(), request.email(), rolesOf(request));
        account.giveOneTimePassword(account.getPasswordHash());
        persistNew(account);
        linkPractitioner(account, request.practitionerId());
        AuditContext.changed(null, described(account));
        return new NewAccount(account, oneTime);
    }

    /**
     * Changes the name, e-mail address, roles and linked practitioner of an account read at
     * {@code version}. The last active administrator keeps the ADMIN role.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public UserAccount update(long id, long version, UserRequest request) {
        UserAccount account = find(id);
        account.requireVersion(version, "the account of " + account.getFullName());
        if (request.username() != null && !request.username().isBlank()
                && !account.getUsername().equals(request.username().strip().toLowerCase(Locale.ROOT))) {
            throw new DomainException("A user name cannot be changed; create a new account instead.");
        }
        Set<Role> roles = rolesOf(request);
        if (account.isActive() && account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(account);
        }
        String before = described(account);
        account.edit(request.fullName(), request.email(), roles);
        linkPractitioner(account, request.practitionerId());
        AuditContext.changed(before, described(account));
        return account;
    }

    /**
     * Deactivated: can no longer sign in, its open page sessions end within the re-check interval
     * (decision 0027), and its history stays. Reactivated: can sign in again.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public UserAccount setActive(long id, boolean active) {
        UserAccount account = find(id);
        String before = described(account);
        if (active) {
            account.activate();
        } else if (account.isActive()) {
            if (account.hasRole(Role.ADMIN)) {
                requireAnotherAdministrator(account);
            }
            account.deactivate();
            account.endSessions(clock.now());
        }
        AuditContext.changed(before, described(account));
        return account;
    }

    /** The account can no longer sign in; its history stays. */
    @RolesAllowed(Role.Names.ADMIN)
    public void deactivate(String username) {
        setActive(findByUsername(username)
                .orElseThrow(() -> new DomainException("There is no user \"" + username + "\"."))
                .getId(), false);
    }

    /**
     * Replaces the password with a new one-time password, returned to be given to the user once;
     * they must choose their own at the next sign-in. Their open page sessions end within the
     * re-check interval (decision 0027): whoever knew the old password is out.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public String resetPassword(long id) {
        UserAccount account = find(id);
        String oneTime = passwordHasher.oneTimePassword();
        account.giveOneTimePassword(passwordHasher.hashAsIs(oneTime));
        account.endSessions(clock.now());
        // what changed, never the password itself
        AuditContext.changed("password chosen by the user", "one-time password, to be replaced at the next sign-in");
        LOG.info(() -> "Password of " + account.getUsername() + " reset by " + callerName().orElse("?"));
        return oneTime;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UserAccount find(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new DomainException("There is no user with id " + id + ".");
        }
        return account;
    }

    /** The practitioner whose account this is, if any. */
    @RolesAllowed(Role.Names.ADMIN)
    public Optional<Practitioner> practitionerOf(UserAccount account) {
        return em.createQuery("SELECT p FROM Practitioner p WHERE p.userAccount = :account", Practitioner.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst();
    }

    /**
     * The signed-in user replaces their password: the current one must be given, the new one must
     * meet {@link PasswordPolicy} and differ from the current one.
     */
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = signedInAccount()
                .orElseThrow(() -> new DomainException("Sign in to change your password."));
        if (!passwordHasher.matches(currentPassword, account.getPasswordHash())) {
            throw new DomainException("The current password is not right.");
        }
        String hash = passwordHasher.hash(newPassword, account.getUsername());
        if (passwordHasher.matches(newPassword, account.getPasswordHash())) {
            throw new DomainException("Choose a password different from the current one.");
        }
        account.choosePassword(hash);
    }

    /**
     * Called right after the container accepted {@code password} for {@code username}: makes the
     * stored hash again when it is outdated (fewer iterations than configured now), and tells
     * whether the user must still replace a one-time password.
     */
    @PermitAll
    @org.artclinic.clinic.audit.NotAudited // the sign-in is the audited event (SIGN_IN, by the identity store), not this check
    public boolean signedIn(String username, String password) {
        Optional<UserAccount> found = findByUsername(username);
        if (found.isEmpty()) {
            return false;
        }
        UserAccount account = found.get();
        if (passwordHasher.isOutdated(account.getPasswordHash()) && passwordHasher.matches(password,
                account.getPasswordHash())) {
            account.changePasswordHash(passwordHasher.hashAsIs(password));
            LOG.info(() -> "Password hash of " + account.getUsername() + " made again with today's iterations");
        }
        return account.isPasswordChangeRequired();
    }

    /**
     * The first administrator of an installation that has none (no active account with the ADMIN
     * role): created with {@code password} as a one-time password, to be replaced at the first
     * sign-in. Refused once an administrator exists.
     */
    @PermitAll
    public UserAccount createFirstAdministrator(String username, String fullName, String password) {
        if (hasAdministrator()) {
            throw new DomainException("An administrator exists already; the first-administrator set-up is closed.");
        }
        if (password == null || password.isBlank()) {
            throw new DomainException("A password is required.");
        }
        String name = UserAccount.normalizeUsername(username);
        UserAccount account = new UserAccount(name, fullName == null || fullName.isBlank() ? name : fullName,
                passwordHasher.hashAsIs(password), Set.of(Role.ADMIN), clock.now());
        account.giveOneTimePassword(account.getPasswordHash());
        return persistNew(account);
    }

    /** Whether any active account holds the ADMIN role. */
    @PermitAll
    public boolean hasAdministrator() {
        return activeAdministrators() > 0;
    }

    /** A page of the accounts {@code search} finds (see {@link #matching}; all for none), by user name. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<UserAccount> list(String search, int first, int pageSize) {
        return matching(em.createNamedQuery(UserAccount.ALL_BY_USERNAME, UserAccount.class), search)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /** How many accounts {@link #list} finds for {@code search}. */
    @RolesAllowed(Role.Names.ADMIN)
    public long count(String search) {
        return matching(em.createNamedQuery(UserAccount.COUNT_ALL, Long.class), search).getSingleResult();
    }

    /** A user name starting with, or a full name containing, the text typed (ignoring case); all for none. */
    private static <T> TypedQuery<T> matching(TypedQuery<T> query, String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
        return query.setParameter("prefix", text + "%").setParameter("part", "%" + text + "%");
    }

    /**
     * The account of a page session as a re-check reads it (decision 0027): one indexed query, no
     * entity; empty when no account has the name. Called before the request's caller is known.
     */
    @PermitAll
    public Optional<SessionPolicy.Standing> standing(String username) {
        List<Object[]> rows = em.createNamedQuery(UserAccount.STANDING_BY_USERNAME, Object[].class)
                .setParameter("username", username.trim().toLowerCase(Locale.ROOT))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(row -> (Role) row[2]).filter(Objects::nonNull).forEach(roles::add);
        Object[] first = rows.get(0);
        return Optional.of(new SessionPolicy.Standing((Boolean) first[0], roles, (Instant) first[1]));
    }

    /** Anyone signed in may read their own account (name and roles for the page header). */
    @PermitAll
    public Optional<UserAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /**
     * The stored password hash of an account, read outside the caller's transaction: checking a
     * password against it takes a quarter of a second, and the caller's transaction should not hold
     * a database connection meanwhile (signing a note re-checks the password).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<String> passwordHashOf(String username) {
        return findByUsername(username).map(UserAccount::getPasswordHash);
    }

    /** The signed-in user's own account; empty for an anonymous caller. */
    @PermitAll
    public Optional<UserAccount> signedInAccount() {
        return callerName().flatMap(this::findByUsername);
    }

    private UserAccount persistNew(UserAccount account) {
        String name = account.getUsername();
        if (findByUsername(name).isPresent()) {
            throw new DomainException("The user name \"" + name + "\" is already taken.");
        }
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // another administrator created the same name a moment ago
            throw new DomainException("The user name \"" + name + "\" is already taken.");
        }
        return account;
    }

    /**
     * An account as the audit trail keeps it before and after an administrator's change (ONC
     * 170.315(d)(2): changes of users and their roles, decision 0037): everything an administrator
     * sets, never a password or a secret.
     */
    private String described(UserAccount account) {
        return "user=" + account.getUsername() + ", name=" + account.getFullName() + ", email="
                + (account.getEmail() == null ? "" : account.getEmail()) + ", roles="
                + account.getRoles().stream().map(Role::name).sorted().toList() + ", active=" + account.isActive()
                + ", practitioner=" + (account.isNew() ? "none"
                        : practitionerOf(account).map(p -> p.getDisplayName() + " (" + p.getId() + ")").orElse("none"));
    }

    private void linkPractitioner(UserAccount account, Long practitionerId) {
        Optional<Practitioner> current = account.isNew() ? Optional.empty() : practitionerOf(account);
        if (practitionerId != null && current.map(p -> p.getId().equals(practitionerId)).orElse(false)) {
            return;
        }
        current.ifPresent(previous -> relink(previous, null));
        if (practitionerId != null) {
            Practitioner practitioner = em.find(Practitioner.class, practitionerId);
            if (practitioner == null) {
                throw new DomainException("There is no practitioner with id " + practitionerId + ".");
            }
            if (practitioner.getUserAccount() != null && !practitioner.getUserAccount().equals(account)) {
                throw new DomainException(practitioner.getDisplayName() + " is already linked to user \""
                        + practitioner.getUserAccount().getUsername() + "\".");
            }
            relink(practitioner, account);
        }
    }

    private static void relink(Practitioner practitioner, UserAccount account) {
        practitioner.update(practitioner.getDisplayName(), practitioner.getDiscipline(), practitioner.getNpi(),
                practitioner.getColour(), account);
    }

    private void requireAnotherAdministrator(UserAccount account) {
        if (activeAdministrators() <= 1) {
            throw new DomainException(account.getUsername() + " is the last active administrator; make someone "
                    + "else an administrator first, or nobody could manage the users.");
        }
    }

    private long activeAdministrators() {
        return em.createNamedQuery(UserAccount.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    private static Set<Role> rolesOf(UserRequest request) {
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new DomainException("A user needs at least one role.");
        }
        return Set.copyOf(request.roles());
    }

    private Optional<String> callerName() {
        Principal caller = session.getCallerPrincipal();
        return caller == null || "ANONYMOUS".equalsIgnoreCase(caller.getName()) ? Optional.empty()
                : Optional.of(caller.getName());
    }
}
