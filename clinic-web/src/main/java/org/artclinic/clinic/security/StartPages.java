package org.artclinic.clinic.security;

import java.util.Map;

/** Where each role lands after signing in, and the login page itself. */
public final class StartPages {

    public static final String LOGIN = "/login.xhtml";

    private static final Map<Role, String> BY_ROLE = Map.of(
            Role.FRONT_DESK, "/scheduling/today.xhtml",
            Role.PRACTITIONER, "/charting/my-day.xhtml",
            Role.MANAGER, "/billing/overview.xhtml",
            Role.ADMIN, "/admin/users.xhtml");

    private StartPages() {
    }

    public static String of(Role role) {
        return BY_ROLE.get(role);
    }
}
