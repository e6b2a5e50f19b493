package org.artclinic.clinic.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The "Sign out" button in the page header. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private ExternalContext externalContext;

    @jakarta.ejb.EJB
    private org.artclinic.clinic.audit.AuditTrail audit;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private org.artclinic.clinic.setup.ClinicClock clock;

    public void logout() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        if (request.getUserPrincipal() != null) {
            audit.recordAlone(org.artclinic.clinic.audit.AuditEvent.of(clock.now(),
                    request.getUserPrincipal().getName(), org.artclinic.clinic.audit.AuditAction.SIGN_OUT, "sign-out")
                    .address(clientAddress.addressOf(request)).build());
        }
        if (request.getSession(false) != null) {
            request.getSession(false).setAttribute(org.artclinic.clinic.audit.AuditSessionListener.SIGNED_OUT, Boolean.TRUE);
        }
        request.logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + StartPages.LOGIN + "?loggedOut=true");
    }
}
