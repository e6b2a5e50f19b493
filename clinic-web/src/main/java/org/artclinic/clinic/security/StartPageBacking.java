package org.artclinic.clinic.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code index.xhtml}: the application's address sends each user to their role's start page. */
@Named
@RequestScoped
public class StartPageBacking {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CurrentUser currentUser;

    public void redirect() throws IOException {
        externalContext.redirect(externalContext.getRequestContextPath() + currentUser.getStartPage());
    }
}
