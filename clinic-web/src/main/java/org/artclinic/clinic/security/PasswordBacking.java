package org.artclinic.clinic.security;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code account/password.xhtml}: the signed-in user replaces their password, giving the
 * current one. After a one-time password this is the only page they can reach, and they then go
 * on to their start page.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @EJB
    private UserAccountService users;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CurrentUser currentUser;

    private String current;
    private String chosen;
    private String repeated;

    public void save() throws IOException {
        if (chosen == null || !chosen.equals(repeated)) {
            Messages.refuseKey("password.mismatch");
            return;
        }
        if (Messages.change(() -> {
            users.changeOwnPassword(current, chosen);
            return null;
        }, "password.changed")) {
            PasswordChangeFilter.done((HttpSession) externalContext.getSession(false));
            Messages.keepForRedirect();
            externalContext.redirect(externalContext.getRequestContextPath() + currentUser.getStartPage());
        }
    }

    /** Whether the user signed in with a one-time password and must choose their own now. */
    public boolean isRequired() {
        HttpSession session = (HttpSession) externalContext.getSession(false);
        return ForcedPageFilter.isMarked(session, PasswordChangeFilter.REQUIRED);
    }

    public String getIntro() {
        return Messages.text("password.intro", PasswordPolicy.MIN_LENGTH);
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
