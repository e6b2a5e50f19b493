package org.artclinic.clinic.patient;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.artclinic.clinic.web.Messages;

/**
 * Messages shown on the page being rendered now (not kept for a redirect, unlike
 * {@link Messages#info}, so they do not show up a second time on the next request).
 */
final class PageMessages {

    private PageMessages() {
    }

    static void error(String key, Object... arguments) {
        errorText(Messages.text(key, arguments));
    }

    /** A text already written for the user, such as a domain rule's message. */
    static void errorText(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, Messages.text(key, arguments));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
