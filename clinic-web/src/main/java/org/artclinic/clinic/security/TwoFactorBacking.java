package org.artclinic.clinic.security;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code account/two-factor.xhtml}: the signed-in user sets up two-factor sign-in (a QR code
 * and the secret as text, then a code from the app to confirm) or turns it off with their password
 * or a code (decision 0028). When the clinic requires it of an administrator, this is the only page
 * they can reach until it is on; they then go on to their start page.
 */
@Named
@ViewScoped
public class TwoFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TwoFactorService twoFactor;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CurrentUser currentUser;

    private boolean on;
    /** The set-up begun and not yet confirmed; null when none. */
    private TwoFactorService.SetUp setUp;
    private String code;
    private String proof;

    @PostConstruct
    void load() {
        on = twoFactor.isOn();
        setUp = on ? null : twoFactor.pending();
    }

    public void begin() {
        Messages.read(() -> twoFactor.begin()).ifPresent(begun -> setUp = begun);
    }

    public void confirm() throws IOException {
        boolean required = isRequired();
        if (Messages.change(() -> {
            twoFactor.confirm(code);
            return null;
        }, "twoFactor.turnedOn")) {
            on = true;
            setUp = null;
            TwoFactorSetUpFilter.done(session());
            if (required) {
                Messages.keepForRedirect();
                externalContext.redirect(externalContext.getRequestContextPath() + currentUser.getStartPage());
            }
        }
        code = null;
    }

    public void turnOff() {
        if (Messages.change(() -> {
            twoFactor.turnOff(proof);
            return null;
        }, "twoFactor.turnedOff")) {
            on = false;
            setUp = null;
        }
        proof = null;
    }

    /** Whether the clinic requires two-factor sign-in of this administrator and it is not on yet. */
    public boolean isRequired() {
        return TwoFactorSetUpFilter.isRequired(session());
    }

    private HttpSession session() {
        return (HttpSession) externalContext.getSession(false);
    }

    /** The QR code of the set-up link, as SVG markup. */
    public String getQrCode() {
        return setUp == null ? "" : QrSvg.of(setUp.uri(), Messages.text("twoFactor.qrLabel"));
    }

    public boolean isOn() {
        return on;
    }

    public TwoFactorService.SetUp getSetUp() {
        return setUp;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }
}
