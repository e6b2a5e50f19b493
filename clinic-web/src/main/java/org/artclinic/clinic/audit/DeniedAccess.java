package org.artclinic.clinic.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.artclinic.clinic.security.ClientAddress;

/**
 * Audits a request refused for the caller's role: a page outside the role (the container's 403) or
 * a service call the role may not make (the REST API's 403). The container refuses these before any
 * service runs, so the services' interceptor never sees them.
 */
@ApplicationScoped
public class DeniedAccess {

    @EJB
    private AuditTrail trail;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private org.artclinic.clinic.setup.ClinicClock clock;

    /** One ACCESS_DENIED row for the request, naming what was asked for. */
    public void record(HttpServletRequest request, String what) {
        String user = request.getUserPrincipal() == null ? "(not signed in)" : request.getUserPrincipal().getName();
        trail.recordAlone(AuditEvent.of(clock.now(), user, AuditAction.ACCESS_DENIED, "web")
                .outcome(AuditOutcome.DENIED).address(clientAddress.addressOf(request)).detail(what).build());
    }
}
