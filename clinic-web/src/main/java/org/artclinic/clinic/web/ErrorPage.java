package org.artclinic.clinic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import org.artclinic.clinic.system.DatabaseOutage;

/**
 * What the server-error page says: when the failure is the database being unreachable (down or
 * restarting), a friendly "temporarily unavailable" with 503 and Retry-After instead of "something
 * went wrong" with 500 (issue 15). The failure is the one the container (or OmniFaces' ajax
 * exception handler) hands the error page.
 */
@Named
@RequestScoped
public class ErrorPage {

    private Boolean unavailable;

    public boolean isDatabaseUnavailable() {
        if (unavailable == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            Object failure = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
            unavailable = failure instanceof Throwable t && DatabaseOutage.isCause(t);
        }
        return unavailable;
    }

    /** Sets the status the page answers with (called before it renders). */
    public void answer() {
        if (isDatabaseUnavailable()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(503);
            external.setResponseHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
    }
}
