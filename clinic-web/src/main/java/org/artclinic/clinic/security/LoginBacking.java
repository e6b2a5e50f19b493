package org.artclinic.clinic.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.web.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs {@code login.xhtml}: checks the credentials and sends the user to where they were going.
 * For an account with two-factor sign-in on, a right password leads to a second step on the same
 * page, where the code from the user's app completes the sign-in ({@link SecondFactorPending},
 * decision 0028).
 */
@Named
@RequestScoped
public class LoginBacking {

    private static final String SOTERIA_CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    @Inject
    private ClinicClock clock;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SessionLimits sessionLimits;

    @EJB
    private UserAccountService users;

    @EJB
    private TwoFactorService twoFactor;

    @Inject
    @ConfigProperty(name = "clinic.demo.seed", defaultValue = "false")
    private boolean demoUsers;

    private String username;
    private String password;
    private String code;
    private boolean loggedOut;
    private boolean expired;
    private String ended;

    /** Someone who is already signed in has nothing to do here. */
    public void onLoad() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            redirectToStartPage();
            return;
        }
        HttpSession session = (HttpSession) externalContext.getSession(false);
        if (SecondFactorPending.isHeldBy(session) && !isCodeStep()) {
            SecondFactorPending.end(session);
            Messages.info("login.codeExpired");
        } else if (loggedOut) {
            Messages.info("login.loggedOut");
        } else if (expired) {
            Messages.info("login.expired");
        } else {
            sessionLimits.explain(ended);
        }
    }

    public void login() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        if (isBlank(username) || isBlank(password)) {
            Messages.error("login.required");
            return;
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a new id from the moment of sign-in
        }
        SecondFactorPending.end(request.getSession(false)); // a code step left unfinished ends with a new password
        SecondFactorPending.offerFor(request);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                name, new Password(password))));
        if (status == AuthenticationStatus.SEND_FAILURE && isCodeStep()) {
            // the password was right; the page now asks for the code
            forgetFailedAttempt(request);
            users.signedIn(name, password); // an outdated hash is made again while the password is at hand
            return;
        }
        finish(status, request, name);
    }

    /** The second step: the code from the app of the user whose password was right a moment ago. */
    public void verify() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        Optional<SecondFactorPending> pending = SecondFactorPending.of(request.getSession(false), clock.now());
        if (pending.isEmpty()) {
            SecondFactorPending.end(request.getSession(false));
            Messages.error("login.codeExpired");
            return;
        }
        String name = pending.get().username();
        request.changeSessionId(); // no session fixation: a new id from the moment of sign-in
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new SecondFactorCredential(name, code)));
        if (status == AuthenticationStatus.SEND_FAILURE && isCodeStep()) {
            forgetFailedAttempt(request);
            Messages.error("login.codeFailed");
            return;
        }
        finish(status, request, name);
    }

    /** Leaves the code step: the user name and password are asked again. */
    public void startOver() throws IOException {
        SecondFactorPending.end((HttpSession) externalContext.getSession(false));
        externalContext.redirect(externalContext.getRequestContextPath() + StartPages.LOGIN);
    }

    /** Whether the page shows the code step: a right password waits for its code in this session. */
    public boolean isCodeStep() {
        return SecondFactorPending.of((HttpSession) externalContext.getSession(false), clock.now()).isPresent();
    }

    /** After the identity store's answer: on to where the user was going, or the refusal. */
    private void finish(AuthenticationStatus status, HttpServletRequest request, String name) throws IOException {
        switch (status) {
            case SEND_CONTINUE -> {
                signedIn(request, name);
                facesContext.responseComplete(); // back to the page that asked for login
            }
            case SUCCESS -> {
                if (signedIn(request, name)) {
                    externalContext.redirect(externalContext.getRequestContextPath() + PasswordChangeFilter.PAGE);
                } else {
                    redirectToStartPage();
                }
            }
            default -> {
                // wrong password, unknown or inactive user, or locked after too many attempts: one answer (decision 0026)
                forgetFailedAttempt(request);
                Messages.error("login.failed");
            }
        }
    }

    /**
     * After the container accepted the credentials: an outdated hash is made again, a one-time
     * password sends the user to choose their own first, and an administrator whom the clinic
     * requires to use two-factor sign-in, without it, is sent to set it up.
     *
     * @return whether the user must replace a one-time password now
     */
    private boolean signedIn(HttpServletRequest request, String name) {
        boolean mustChange = users.signedIn(name, password);
        if (mustChange) {
            PasswordChangeFilter.require(request);
        }
        if (twoFactor.mustSetUp(name)) {
            TwoFactorSetUpFilter.require(request);
        }
        return mustChange;
    }

    /**
     * Soteria 3.0 (Payara's Jakarta Security) leaves its "caller-initiated authentication" marker in
     * the session after a failed attempt; every later request to a protected page then gets an
     * empty 200 response instead of the login page. Removing the marker restores the normal flow.
     */
    private static void forgetFailedAttempt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SOTERIA_CALLER_INITIATED);
        }
    }

    private void redirectToStartPage() throws IOException {
        externalContext.redirect(externalContext.getRequestContextPath() + currentUser.getStartPage());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Whether the login page may mention the demo users (only where they were created). */
    public boolean isDemoUsers() {
        return demoUsers;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    /** Why the session was ended, if {@link SessionLimits} ended it. */
    public String getEnded() {
        return ended;
    }

    public void setEnded(String ended) {
        this.ended = ended;
    }
}
