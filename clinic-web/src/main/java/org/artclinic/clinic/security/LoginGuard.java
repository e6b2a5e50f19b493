package org.artclinic.clinic.security;

import jakarta.enterprise.context.ApplicationScoped;

/** The one {@link LoginThrottle} of this server instance. */
@ApplicationScoped
public class LoginGuard {

    private final LoginThrottle throttle = new LoginThrottle();

    public LoginThrottle throttle() {
        return throttle;
    }
}
