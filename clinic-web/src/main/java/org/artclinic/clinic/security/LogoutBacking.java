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

    public void logout() throws IOException, ServletException {
        ((HttpServletRequest) externalContext.getRequest()).logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + StartPages.LOGIN + "?loggedOut=true");
    }
}
