package org.artclinic.clinic.security;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Someone who signed in with a one-time password (a new account, a reset) sees only the page where
 * they choose their own: every other page sends them there until they have. {@link LoginBacking}
 * marks the session at sign-in, {@link PasswordBacking} clears the mark; the REST API refuses such an
 * account in {@code api.ApiAuthenticationMechanism}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeFilter extends ForcedPageFilter {

    private static final long serialVersionUID = 1L;

    static final String REQUIRED = PasswordChangeFilter.class.getName() + ".required";
    static final String PAGE = "/account/password.xhtml";

    public PasswordChangeFilter() {
        super(REQUIRED, PAGE);
    }

    static void require(HttpServletRequest request) {
        mark(request, REQUIRED);
    }

    static void done(HttpSession session) {
        clear(session, REQUIRED);
    }
}
