package org.artclinic.clinic.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session rules from configuration:
 * <ul>
 * <li>a session ends after {@code clinic.session.idle-timeout-minutes} of inactivity (default 15),
 * so an unattended screen at the front desk does not stay signed in; the page template then shows
 * the login page with an explanation;</li>
 * <li>the session cookie is sent over HTTPS only ({@code clinic.session.secure-cookie}, true by
 * default: production is served over TLS); the quick start, plain HTTP on localhost, opts out
 * explicitly with {@code -Dclinic.session.secure-cookie=false}.</li>
 * </ul>
 * The re-check of the account and the absolute lifetime of a signed-in session are {@link SessionLimits}.
 */
@WebListener
public class SessionSettings implements HttpSessionListener, ServletContextListener {

    @Inject
    @ConfigProperty(name = "clinic.session.idle-timeout-minutes", defaultValue = "15")
    private int idleTimeoutMinutes;

    @Inject
    @ConfigProperty(name = "clinic.session.secure-cookie", defaultValue = "true")
    private boolean secureCookie;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(secureCookie);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.max(1, idleTimeoutMinutes) * 60);
    }
}
