package org.artclinic.clinic.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Sends a session that carries a marker to one page, from every other page, until the marker is
 * cleared: the sign-in sets it when the user must do something first (choose a password, set up
 * two-factor sign-in), the page clears it when they have. Resources, the login page and the pages
 * named as also open stay reachable.
 */
abstract class ForcedPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final String marker;
    private final String page;
    private final Set<String> alsoOpen;

    ForcedPageFilter(String marker, String page, String... alsoOpen) {
        this.marker = marker;
        this.page = page;
        this.alsoOpen = Set.of(alsoOpen);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMarked(request.getSession(false), marker) && isOtherPage(request)) {
            response.sendRedirect(request.getContextPath() + page);
            return;
        }
        chain.doFilter(request, response);
    }

    static void mark(HttpServletRequest request, String marker) {
        request.getSession().setAttribute(marker, Boolean.TRUE);
    }

    static void clear(HttpSession session, String marker) {
        if (session != null) {
            session.removeAttribute(marker);
        }
    }

    static boolean isMarked(HttpSession session, String marker) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(marker));
    }

    private boolean isOtherPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return (path.endsWith(".xhtml") || path.equals("/")) && !path.equals(page) && !path.equals(StartPages.LOGIN)
                && !alsoOpen.contains(path) && !path.startsWith("/jakarta.faces.resource/");
    }
}
