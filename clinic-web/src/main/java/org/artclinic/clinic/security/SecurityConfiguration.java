package org.artclinic.clinic.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.artclinic.clinic.system.DatabaseMigrator;

/**
 * Form login on {@code /login.xhtml} against the {@code user_account} table. Passwords are
 * verified with PBKDF2; inactive accounts cannot sign in. The groups query returns role names,
 * which are used as container roles directly (Payara's default principal-to-role mapping).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(
                loginPage = StartPages.LOGIN,
                errorPage = "",
                useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseMigrator.DATASOURCE,
        callerQuery = "SELECT password_hash FROM user_account WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT r.role FROM user_account_role r JOIN user_account u ON u.id = r.user_account_id "
                + "WHERE u.username = ? AND u.active = TRUE",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
