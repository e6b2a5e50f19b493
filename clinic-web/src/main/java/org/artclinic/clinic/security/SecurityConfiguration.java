package org.artclinic.clinic.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on {@code /login.xhtml}; user names and passwords are checked by
 * {@link ClinicIdentityStore} against the {@code user_account} table (PBKDF2, sign-in limits,
 * inactive accounts refused). Its groups are role names, used as container roles directly (Payara's
 * default principal-to-role mapping).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(
                loginPage = StartPages.LOGIN,
                errorPage = "",
                useForwardToLogin = false))
@DeclareRoles({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
