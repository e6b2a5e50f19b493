package org.artclinic.clinic.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.artclinic.clinic.web.Messages;

/**
 * The signed-in person, for the page header, the menu and the start page. Read once per session
 * (a small, serializable value, so it survives session replication).
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext securityContext;

    @EJB
    private UserAccountService users;

    private String username;
    private String fullName;
    private Set<Role> roles = Collections.emptySet();

    private void load() {
        Principal principal = securityContext.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.equals(username)) {
            return;
        }
        username = name;
        fullName = users.findByUsername(name).map(UserAccount::getFullName).orElse(name);
        EnumSet<Role> held = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                held.add(role);
            }
        }
        roles = held;
    }

    public boolean isSignedIn() {
        load();
        return username != null;
    }

    public String getFullName() {
        load();
        return fullName;
    }

    public Set<Role> getRoles() {
        load();
        return roles;
    }

    /** The role names in the user's language, e.g. "Practitioner, Administrator". */
    public String getRoleLabels() {
        return getRoles().stream().map(role -> Messages.text("role." + role.name())).collect(Collectors.joining(", "));
    }

    public boolean hasRole(String role) {
        return getRoles().contains(Role.valueOf(role));
    }

    /**
     * Milliseconds of inactivity after which the browser shows the login page: the server's idle
     * timeout plus a few seconds, so the server session has really ended by then.
     */
    public long getIdleTimeoutMillis() {
        int seconds = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getSessionMaxInactiveInterval();
        return (seconds + 5L) * 1000L;
    }

    /** The view id of this user's start page, or the login page when they have no role. */
    public String getStartPage() {
        return Role.primaryOf(getRoles()).map(StartPages::of).orElse(StartPages.LOGIN);
    }
}
