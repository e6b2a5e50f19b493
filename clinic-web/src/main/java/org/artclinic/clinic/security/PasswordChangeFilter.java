package org.artclinic.clinic.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Someone who signed in with a one-time password (a new account, a reset) sees only the page where
 * they choose their own: every other page sends them there until they have. {@link LoginBacking}
 * marks the session at sign-in, {@link PasswordBacking} clears the mark; the REST API refuses such an
 * account in {@code api.ApiAuthenticationMechanism}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String REQUIRED = PasswordChangeFilter.class.getName() + ".required";
    static final String PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(REQUIRED)) && isOtherPage(request)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static void require(HttpServletRequest request) {
        request.getSession().setAttribute(REQUIRED, Boolean.TRUE);
    }

    static void done(HttpSession session) {
        if (session != null) {
            session.removeAttribute(REQUIRED);
        }
    }

    private static boolean isOtherPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return (path.endsWith(".xhtml") || path.equals("/")) && !path.equals(PAGE) && !path.equals(StartPages.LOGIN)
                && !path.startsWith("/jakarta.faces.resource/");
    }
}
