package org.artclinic.clinic.security;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator of a new installation, from two settings read at start-up (as Keycloak's
 * {@code KC_BOOTSTRAP_ADMIN_*} and Grafana's {@code GF_SECURITY_ADMIN_*} do):
 * {@code CLINIC_BOOTSTRAP_ADMIN_USERNAME} and {@code CLINIC_BOOTSTRAP_ADMIN_PASSWORD}
 * ({@code clinic.bootstrap-admin.*}). They are used only while no active administrator exists; the
 * password is a one-time password that must be replaced at the first sign-in, so no default
 * password stays behind, and once an administrator exists the settings are ignored (the log says
 * to remove them). Without them, an installation without an administrator says in the log how to
 * create one. Decision 0024.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoDataSeeder"})
@DenyAll
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @EJB
    private UserAccountService users;

    @Inject
    @ConfigProperty(name = "clinic.bootstrap-admin.username")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "clinic.bootstrap-admin.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "clinic.bootstrap-admin.full-name", defaultValue = "Administrator")
    private String fullName;

    @PostConstruct
    void onStartup() {
        boolean given = username.isPresent() || password.isPresent();
        if (users.hasAdministrator()) {
            if (given) {
                LOG.warning("CLINIC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD are set but an administrator exists: they are "
                        + "ignored. Remove them from the server's configuration.");
            }
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator exists yet. To create the first one, set CLINIC_BOOTSTRAP_ADMIN_USERNAME and "
                    + "CLINIC_BOOTSTRAP_ADMIN_PASSWORD (a one-time password, replaced at the first sign-in) and "
                    + "restart the application; see the README, section \"Payara Server\".");
            return;
        }
        try {
            UserAccount admin = users.createFirstAdministrator(username.get(), fullName, password.get());
            LOG.warning(() -> "First administrator \"" + admin.getUsername() + "\" created. Sign in with the password "
                    + "from CLINIC_BOOTSTRAP_ADMIN_PASSWORD and choose your own; then remove both settings.");
        } catch (DomainException e) {
            LOG.severe("The first administrator was not created: " + e.getMessage());
        }
    }
}
