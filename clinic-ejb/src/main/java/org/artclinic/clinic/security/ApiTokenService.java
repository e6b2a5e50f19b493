package org.artclinic.clinic.security;

import java.security.Principal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.setup.ClinicClock;

/**
 * Personal access tokens for the REST API (decision 0025): the signed-in user creates, lists and
 * revokes their own; {@link #authenticate} checks one presented as {@code Authorization: Bearer}
 * with one SHA-256 digest and one indexed look-up instead of a password hash. Secrets are never
 * logged; a token's id and name may be.
 */
@Stateless
@DenyAll
public class ApiTokenService {

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just made, with its secret: shown to its owner this once, never stored. */
    public record NewToken(ApiToken token, String secret) {
    }

    /** Who a token authenticates as, and the roles it has for this call. */
    public record TokenCaller(String username, Set<Role> roles) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    @Resource
    private SessionContext session;

    /**
     * A new token for the signed-in user.
     *
     * @param limitedTo roles to narrow it to, a subset of the caller's; empty or null for all of them
     * @param expiresAt null for the default lifetime
     * @throws DomainException naming the first thing wrong (name, expiry, roles)
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    public NewToken create(String name, Set<Role> limitedTo, Instant expiresAt) {
        UserAccount owner = caller();
        String secret = ApiToken.newSecret(RANDOM);
        ApiToken token = new ApiToken(owner, name, secret, limitedTo, expiresAt, clock.now());
        em.persist(token);
        em.flush();
        LOG.info(() -> "API token #" + token.getId() + " \"" + token.getName() + "\" created by " + owner.getUsername());
        return new NewToken(token, secret);
    }

    /** A page of the signed-in user's tokens, newest first (expired ones too, until revoked). */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    public List<ApiToken> mine(int first, int pageSize) {
        return em.createNamedQuery(ApiToken.OF_OWNER, ApiToken.class)
                .setParameter("username", callerName())
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    public long countMine() {
        return em.createNamedQuery(ApiToken.COUNT_OF_OWNER, Long.class)
                .setParameter("username", callerName())
                .getSingleResult();
    }

    /**
     * Revokes one of the signed-in user's tokens: it stops working at once and its row is gone.
     * Someone else's token is answered as a missing one, so ids tell nothing about other users.
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    public void revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        String caller = callerName();
        if (token == null || !token.getOwner().getUsername().equals(caller)) {
            throw new DomainException("There is no API token with id " + id + ".");
        }
        em.remove(token);
        LOG.info(() -> "API token #" + id + " \"" + token.getName() + "\" revoked by " + caller);
    }

    /**
     * The user and roles a presented token authenticates as, or empty when it is unknown, revoked,
     * expired, or its owner may not use the API now (deactivated, one-time password, no role left).
     * Records the use at most once a minute per token, with an update that cannot conflict with a
     * concurrent call using the same token.
     *
     * <p>Reads without a transaction of its own (SUPPORTS): the check is one query, and a transaction
     * around it added a BEGIN and a COMMIT to every API call; the use, when due, is written in a
     * transaction of its own ({@link #recordUse}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenCaller> authenticate(String presented) {
        if (!ApiToken.looksLikeToken(presented)) {
            return Optional.empty();
        }
        String digest = ApiToken.digestOf(presented);
        // one query for the token, its owner's standing and both sets of roles (decision 0061)
        List<Object[]> rows = em.createNamedQuery(ApiToken.CALLER_BY_DIGEST, Object[].class)
                .setParameter("digest", digest)
                .getResultList();
        Instant now = clock.now();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] token = rows.get(0);
        if (!ApiToken.accepts((String) token[1], (Instant) token[2], digest, now)) {
            return Optional.empty();
        }
        Set<Role> limit = EnumSet.noneOf(Role.class);
        Set<Role> ownerRoles = EnumSet.noneOf(Role.class);
        for (Object[] row : rows) {
            if (row[7] != null) {
                limit.add((Role) row[7]);
            }
            if (row[8] != null) {
                ownerRoles.add((Role) row[8]);
            }
        }
        Set<Role> roles = ApiToken.effectiveRoles((Boolean) token[5], (Boolean) token[6], ownerRoles, limit);
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        Instant lastUsed = (Instant) token[3];
        if (lastUsed == null || !lastUsed.isAfter(ApiToken.useDueBefore(now))) {
            session.getBusinessObject(ApiTokenService.class).recordUse(((Number) token[0]).longValue(), now);
        }
        return Optional.of(new TokenCaller((String) token[4], roles));
    }

    /**
     * Records that token {@code id} was used at {@code now}, unless a use within the last minute is
     * already recorded (the update's own condition, so concurrent calls cannot conflict). Only
     * {@link #authenticate} calls it, before anyone is signed in.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordUse(long id, Instant now) {
        em.createNamedQuery(ApiToken.RECORD_USE)
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("due", ApiToken.useDueBefore(now))
                .executeUpdate();
    }

    private UserAccount caller() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", callerName())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("Sign in to manage your API tokens."));
    }

    private String callerName() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null || "ANONYMOUS".equalsIgnoreCase(principal.getName())) {
            throw new DomainException("Sign in to manage your API tokens.");
        }
        return principal.getName();
    }
}
