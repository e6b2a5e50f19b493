package org.artclinic.clinic.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Response headers that keep patient data where it belongs: pages are never stored by the browser
 * (the back button after signing out, or a shared front-desk computer, must not show the previous
 * user's screens), content types are not guessed, and no address leaks to other sites. Static
 * resources (theme, scripts, icons) stay cacheable: which they are is read from the servlet path,
 * never from the raw address, which a request can pad (a {@code ;param} segment) to look like one.
 * Over HTTPS, Strict-Transport-Security keeps the browser on HTTPS for a year. The pages' script
 * policy (nonces) is PrimeFaces' CSP mode (web.xml, primefaces.CSP); the frame rule here covers
 * every response.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!request.getServletPath().startsWith(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
