package org.artclinic.clinic.api;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.artclinic.clinic.security.ApiTokenService;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.SessionLimits;
import org.artclinic.clinic.security.SessionPolicy;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.system.DatabaseOutage;

/**
 * HTTP Basic for the REST API, the form login for everything else. Jakarta Security allows one
 * mechanism per application, and a second mechanism bean next to the one that
 * {@code @CustomFormAuthenticationMechanismDefinition} creates makes every request fail
 * (ambiguous dependency). So this bean replaces it as an enabled alternative and hands every
 * request outside {@code /api/} to the built-in form mechanism for the sign-in (with its
 * login-to-continue intact); after sign-in, the session's caller and groups are announced by this
 * bean (see {@link #signedInPage} and decision note 0017), within the limits of decision 0027.
 *
 * <p>On {@code /api/} a request needs {@code Authorization: Basic ...}: the credentials are
 * checked against the same identity store as the login form (same users, same roles), per
 * request, without a session; the sign-in limits apply as well ({@code ClinicIdentityStore}). Without them, or with wrong
 * ones, the answer is 401 with {@code WWW-Authenticate} and a JSON body, never a redirect to the
 * login page.
 *
 * <p>A request with {@code Authorization: Bearer <token>} is checked first, against the personal
 * access tokens (decision 0025): one SHA-256 digest and one indexed look-up, no password hash, no
 * throttle (a 256-bit secret cannot be guessed). It authenticates as the token's owner with the
 * owner's current roles narrowed to the token's; an unknown, revoked or expired token, or one
 * whose owner may not use the API now, gets the same 401 whatever the reason.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/" + ClinicApi.PATH + "/";
    private static final String SIGNED_IN = ApiAuthenticationMechanism.class.getName() + ".signedIn";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    /** Set on a request that a token authenticated; see {@link #isTokenCall}. */
    private static final String BY_TOKEN = ApiAuthenticationMechanism.class.getName() + ".byToken";
    private static final String BASIC_CHALLENGE = "Basic realm=\"ART Clinic\", charset=\"UTF-8\"";

    @Inject
    private ClinicClock clock;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private BeanManager beanManager;

    @EJB
    private UserAccountService users;

    @EJB
    private ApiTokenService tokens;

    @Inject
    private SessionLimits sessionLimits;

    private volatile HttpAuthenticationMechanism form;

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ApiAuthenticationMechanism.class.getName());

    /**
     * Signs the caller in; while the database cannot be reached (down or restarting) the request is
     * answered 503 with Retry-After, the API with its JSON message and a page with the
     * "temporarily unavailable" page, instead of a server error (issue 15). While the application
     * stops (SIGTERM), the same: a request is not signed in on a server that is going away, and one
     * whose sign-in the stop interrupts (its services shutting down under it) is told to send it
     * again, not answered 500 (decision 0042, CrashIT).
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (org.artclinic.clinic.web.Stopping.isStopping()) {
            return stopping(request, response);
        }
        try {
            return validate(request, response, context);
        } catch (AuthenticationException e) {
            if (org.artclinic.clinic.web.Stopping.isStopping()) {
                return stopping(request, response);
            }
            throw e;
        } catch (RuntimeException e) {
            if (org.artclinic.clinic.web.Stopping.isStopping()) {
                return stopping(request, response);
            }
            if (!org.artclinic.clinic.system.DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.warning(() -> "Sign-in check answered 503: the database cannot be reached (" + e + ")");
            return unavailable(request, response);
        }
    }

    /** 503 while the application stops, as {@code Stopping.Refuse} answers (that filter runs after this check). */
    private static AuthenticationStatus stopping(HttpServletRequest request, HttpServletResponse response) {
        try {
            org.artclinic.clinic.web.Stopping.refuse(request, response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            if (isApi(request)) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(Json.createObjectBuilder()
                        .add("message", ApiText.text("error.databaseUnavailable"))
                        .add("errors", Json.createArrayBuilder()).build().toString());
                response.flushBuffer();
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return signedInPage(request, response, context);
        }
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            return tokens.authenticate(bearer.get())
                    .map(caller -> {
                        request.setAttribute(BY_TOKEN, Boolean.TRUE);
                        return context.notifyContainerAboutLogin(caller.username(),
                                caller.roles().stream().map(Enum::name).collect(Collectors.toSet()));
                    })
                    .orElseGet(() -> unauthorized(response, ApiText.text("error.tokenRefused"),
                            "Bearer realm=\"ART Clinic\", error=\"invalid_token\""));
        }
        Optional<UsernamePasswordCredential> credential = basicCredential(request);
        if (credential.isEmpty()) {
            return context.isProtected() ? unauthorized(response, ApiText.text("error.unauthorized")) : context.doNothing();
        }
        String name = credential.get().getCaller();
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // wrong password, unknown or inactive user, or locked after too many attempts: one answer (decision 0026)
            return unauthorized(response, ApiText.text("error.unauthorized"));
        }
        if (users.signedIn(name, credential.get().getPasswordAsString())) {
            // a one-time password opens the page where its user chooses their own, nothing else
            return unauthorized(response, ApiText.text("error.passwordChangeRequired"));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A page request. The sign-in itself goes to the form mechanism; the caller and groups it
     * established are kept in the session, and every later request of that session is told to the
     * container from there. Payara's auto-apply-session hands the container only the caller name
     * and lets it look the groups up, which sometimes fails under load and answers a signed-in user
     * with 403 (Payara issue #6145, open); giving the groups ourselves avoids it. The session ends at
     * sign-out (invalidated), after the idle timeout, and by {@link SessionLimits} (decision 0027):
     * at its absolute lifetime, or when a re-check of the account finds it deactivated or its
     * sessions revoked; a re-check that finds other roles gives the session those.
     */
    private AuthenticationStatus signedInPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        HttpSession session = request.getSession(false);
        if (!context.isAuthenticationRequest() && session != null
                && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.isProtected() ? checkedPage(request, response, context, session, signedIn)
                    : context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
        }
        AuthenticationStatus status = form().validateRequest(request, response, context);
        // the sign-in, or the first request after it when it continued to the page that asked for it
        if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null
                && context.getGroups() != null) {
            Instant now = clock.now();
            request.getSession().setAttribute(SIGNED_IN, new SignedIn(context.getCallerPrincipal().getName(),
                    Set.copyOf(context.getGroups()), now, now));
        }
        return status;
    }

    /** The user signed in on the form in this session, if any (for the audit trail's time-out row). */
    public static Optional<String> signedInCaller(HttpSession session) {
        return session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn ? Optional.of(signedIn.caller())
                : Optional.empty();
    }

    /** A protected page of a signed-in session: past its limits it ends, otherwise it goes on as its caller. */
    private AuthenticationStatus checkedPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, HttpSession session, SignedIn signedIn) {
        SessionPolicy policy = sessionLimits.policy();
        Instant now = clock.now();
        SignedIn current = signedIn;
        SessionPolicy.Verdict verdict = policy.onRequest(signedIn.signedInAt(), signedIn.checkedAt(), now);
        if (verdict == SessionPolicy.Verdict.RECHECK) {
            Optional<SessionPolicy.Standing> account = users.standing(signedIn.caller());
            verdict = policy.afterRecheck(signedIn.signedInAt(), signedIn.roles(), account);
            if (account.isPresent() && verdict != SessionPolicy.Verdict.END_REVOKED) {
                current = signedIn.checked(now, account.get().roles());
                session.setAttribute(SIGNED_IN, current);
            }
        }
        if (verdict == SessionPolicy.Verdict.END_REVOKED || verdict == SessionPolicy.Verdict.END_LIFETIME) {
            sessionLimits.end(request, response, session, verdict == SessionPolicy.Verdict.END_LIFETIME
                    ? SessionLimits.Ending.LIFETIME : SessionLimits.Ending.REVOKED);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.notifyContainerAboutLogin(current.caller(), current.groups());
    }

    /**
     * Who signed in on the form, and their groups (roles), for the rest of the session; when they
     * signed in, and when the account was last read again (decision 0027). Small and Serializable:
     * a cluster (roadmap) replicates it.
     */
    record SignedIn(String caller, Set<String> groups, Instant signedInAt, Instant checkedAt) implements Serializable {
        private static final long serialVersionUID = 2L;

        /** The same sign-in, read again at {@code at} with the account's roles then. */
        SignedIn checked(Instant at, Set<Role> roles) {
            return new SignedIn(caller, roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                    signedInAt, at);
        }

        /** The groups that name a role (all of them: the identity store reads the role column). */
        Set<Role> roles() {
            return Arrays.stream(Role.values()).filter(role -> groups.contains(role.name()))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? HttpAuthenticationMechanism.super.secureResponse(request, response, context)
                : form().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            form().cleanSubject(request, response, context);
        }
    }

    /**
     * Whether the request is for the REST API, from its servlet path (the JAX-RS servlet's mapping,
     * {@code /api/*}): the container has decoded and normalised it, so {@code /clinic/api/../patient/}
     * or {@code /clinic/api;x/...} cannot pass for what they are not, as they could in the raw URI.
     */
    static boolean isApi(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String api = API_PREFIX.substring(0, API_PREFIX.length() - 1);
        return servletPath.equals(api) || servletPath.startsWith(API_PREFIX);
    }

    /** Whether a token, not a password, authenticated this API request (tokens may not make tokens). */
    public static boolean isTokenCall(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(BY_TOKEN));
    }

    /** The token of an {@code Authorization: Bearer} header, as given. */
    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    /** User name (lower case, as the login form does) and password from an HTTP Basic header. */
    static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String name = decoded.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        return Optional.of(new UsernamePasswordCredential(name, decoded.substring(colon + 1)));
    }

    /** 401 with both challenges (Basic first, for browsers) and a JSON body. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        return unauthorized(response, message, BASIC_CHALLENGE, "Bearer realm=\"ART Clinic\"");
    }

    /** 401 with the challenges and a JSON body, committed here so that no error page replaces it. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message,
            String... challenges) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            for (String challenge : challenges) {
                response.addHeader("WWW-Authenticate", challenge);
            }
            // answered before the application's filters run: the same caching rule as every other response
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("message", message)
                    .add("errors", Json.createArrayBuilder())
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; the status is what matters
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The mechanism that {@code @CustomFormAuthenticationMechanismDefinition} registered: the one
     * bean of type {@link HttpAuthenticationMechanism} that is not this alternative.
     */
    private HttpAuthenticationMechanism form() {
        HttpAuthenticationMechanism found = form;
        if (found == null) {
            Bean<?> bean = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(candidate -> !candidate.getBeanClass().equals(ApiAuthenticationMechanism.class)
                            && !candidate.isAlternative())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The form authentication mechanism is missing"));
            found = (HttpAuthenticationMechanism) beanManager.getReference(bean, HttpAuthenticationMechanism.class,
                    beanManager.createCreationalContext(bean));
            form = found;
        }
        return found;
    }
}
