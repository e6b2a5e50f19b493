package org.artclinic.clinic.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a session after {@code clinic.session.idle-timeout-minutes} of inactivity (default 15),
 * so an unattended screen at the front desk does not stay signed in. The page template shows the
 * login page with an explanation when that happens.
 */
@WebListener
public class IdleSessionTimeout implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "clinic.session.idle-timeout-minutes", defaultValue = "15")
    private int idleTimeoutMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.max(1, idleTimeoutMinutes) * 60);
    }
}
