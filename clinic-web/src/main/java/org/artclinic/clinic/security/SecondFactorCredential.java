package org.artclinic.clinic.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a page sign-in: the code from the authenticator app of the user whose
 * password was accepted a moment ago in this session ({@link SecondFactorPending}). Validated by
 * {@link ClinicIdentityStore} against the pending sign-in and the account's secret.
 */
public record SecondFactorCredential(String caller, String code) implements Credential {

    @Override
    public String toString() {
        return "SecondFactorCredential[" + caller + "]"; // never the code
    }
}
