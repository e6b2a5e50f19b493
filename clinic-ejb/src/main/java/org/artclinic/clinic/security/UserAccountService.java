package org.artclinic.clinic.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.setup.ClinicClock;

/** Creating, listing and looking up the people who can log in. */
@Stateless
public class UserAccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private ClinicClock clock;

    /**
     * Creates an active account.
     *
     * @throws DomainException when the user name is taken or invalid, or the password is weak
     */
    @RolesAllowed(Role.Names.ADMIN)
    public UserAccount create(String username, String fullName, String password, Collection<Role> roles) {
        String name = UserAccount.normalizeUsername(username);
        if (findByUsername(name).isPresent()) {
            throw new DomainException("The user name \"" + name + "\" is already taken.");
        }
        UserAccount account = new UserAccount(name, fullName, passwordHasher.hash(password, name), roles,
                clock.now());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // another administrator created the same name a moment ago
            throw new DomainException("The user name \"" + name + "\" is already taken.");
        }
        return account;
    }

    /** The account can no longer sign in; its history stays. */
    @RolesAllowed(Role.Names.ADMIN)
    public void deactivate(String username) {
        findByUsername(username)
                .orElseThrow(() -> new DomainException("There is no user \"" + username + "\"."))
                .deactivate();
    }

    /** A page of accounts ordered by user name, for the administrators' user list. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<UserAccount> list(int first, int pageSize) {
        return em.createNamedQuery(UserAccount.ALL_BY_USERNAME, UserAccount.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long count() {
        return em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
    }

    /** Anyone signed in may read their own account (name and roles for the page header). */
    @PermitAll
    public Optional<UserAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
