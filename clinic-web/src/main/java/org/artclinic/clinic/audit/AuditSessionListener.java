package org.artclinic.clinic.audit;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.artclinic.clinic.api.ApiAuthenticationMechanism;
import org.artclinic.clinic.setup.ClinicClock;

/**
 * Audits a signed-in session that ended without "Sign out" (ONC 170.315(d)(5) automatic log-off):
 * idle past the time-out, or ended by its lifetime or by an administrator's change of the account.
 */
@WebListener
public class AuditSessionListener implements HttpSessionListener {

    /** Set on the session by "Sign out", whose own row says so. */
    public static final String SIGNED_OUT = AuditSessionListener.class.getName() + ".signedOut";

    @EJB
    private AuditTrail trail;

    @Inject
    private ClinicClock clock;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        try {
            if (session.getAttribute(SIGNED_OUT) != null) {
                return;
            }
            ApiAuthenticationMechanism.signedInCaller(session).ifPresent(user -> trail.recordAlone(
                    AuditEvent.of(clock.now(), user, AuditAction.TIME_OUT, "session").detail("session ended after "
                            + session.getMaxInactiveInterval() / 60 + " idle minutes, its lifetime, or an account"
                            + " change").build()));
        } catch (IllegalStateException alreadyInvalid) {
            // the session's attributes are gone: nothing to say who it was
        }
    }
}
