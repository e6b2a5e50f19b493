package org.artclinic.clinic.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Checks user names and passwords for the login page and for HTTP Basic on the API, against the
 * {@code user_account} table, with the sign-in limits (decision 0026):
 * <ol>
 * <li>the attempt is {@linkplain SignInLimits#reserve counted} per user name and per source address
 * ({@link ClientAddress}) before anything else; while either is locked the answer is "invalid" at once, the same answer as
 * for a wrong password (user names that do not exist are counted and locked alike, so a lock says
 * nothing about which accounts exist);</li>
 * <li>the password is hashed and compared with the account's stored hash, or, for a user name
 * that has no active account, with a dummy hash of the same cost, so that an unknown name takes
 * as long to refuse as a real one (no discovery of user names by timing);</li>
 * <li>a right password takes the count back; a wrong one stays counted and may lock.</li>
 * </ol>
 * Replaces the container's database identity store, which answers an unknown name without hashing.
 */
@ApplicationScoped
public class ClinicIdentityStore implements IdentityStore {

    private static final int RESERVE_TRIES = 3;

    /**
     * Reservations of one user name queue here on this server before they queue on the row, so
     * that the first attempts of a new name at the same moment do not all try to insert its
     * counter (each failed insert would be retried and logged); across servers the retry remains.
     */
    private final Object[] stripes = new Object[64];

    {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private UserAccountService users;

    @EJB
    private SignInLimits limits;

    private volatile String dummyHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validate(password);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller() == null ? "" : credential.getCaller().strip().toLowerCase(Locale.ROOT);
        SignInLimits.Reservation reservation = reserve(username, clientAddress.limitedAddressOf(request).orElse(null));
        if (!reservation.allowed()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserAccount> account = users.findByUsername(username).filter(UserAccount::isActive);
        String hash = account.map(UserAccount::getPasswordHash).orElseGet(this::dummyHash);
        boolean right = hasher.matches(credential.getPasswordAsString(), hash) && account.isPresent();
        if (!right) {
            limits.failed(reservation);
            return CredentialValidationResult.INVALID_RESULT;
        }
        limits.succeeded(reservation);
        return new CredentialValidationResult(account.get().getUsername(), groups(account.get().getRoles()));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        return users.findByUsername(result.getCallerPrincipal().getName())
                .filter(UserAccount::isActive)
                .map(account -> groups(account.getRoles()))
                .orElse(Set.of());
    }

    private SignInLimits.Reservation reserve(String username, String address) {
        Object stripe = stripes[Math.floorMod(username.hashCode(), stripes.length)];
        for (int attempt = 1;; attempt++) {
            try {
                synchronized (stripe) {
                    return limits.reserve(username, address);
                }
            } catch (EJBException e) {
                // two first attempts for one subject inserted its counter at the same moment; it exists now
                if (attempt >= RESERVE_TRIES) {
                    throw e;
                }
            }
        }
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** A hash of a random password, made with today's iterations: the cost of a real check. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hashAsIs(hasher.oneTimePassword());
            dummyHash = hash;
        }
        return hash;
    }
}
