package org.artclinic.clinic.security;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * An administrator who signed in while the clinic requires two-factor sign-in of administrators,
 * and has not set it up, sees only the set-up page until it is on (decision 0028). {@link LoginBacking}
 * marks the session at sign-in, {@link TwoFactorBacking} clears the mark. The page to replace a
 * one-time password stays open: that comes first ({@link PasswordChangeFilter}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TwoFactorSetUpFilter extends ForcedPageFilter {

    private static final long serialVersionUID = 1L;

    static final String REQUIRED = TwoFactorSetUpFilter.class.getName() + ".required";
    static final String PAGE = "/account/two-factor.xhtml";

    public TwoFactorSetUpFilter() {
        super(REQUIRED, PAGE, PasswordChangeFilter.PAGE);
    }

    static void require(HttpServletRequest request) {
        mark(request, REQUIRED);
    }

    static void done(HttpSession session) {
        clear(session, REQUIRED);
    }

    static boolean isRequired(HttpSession session) {
        return isMarked(session, REQUIRED);
    }
}
