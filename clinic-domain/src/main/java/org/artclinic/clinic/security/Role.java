package org.artclinic.clinic.security;

import java.util.Collection;
import java.util.Optional;

/**
 * The four kinds of people who use the system. The names are the container role names used in
 * {@code @RolesAllowed} and in the {@code user_account_role} table.
 *
 * <p>The declaration order is the precedence used to pick a start page for someone who holds
 * several roles: clinical work first (a practitioner who also administers the clinic starts on
 * their day), then the front desk, then the back office.
 */
public enum Role {
    PRACTITIONER,
    FRONT_DESK,
    MANAGER,
    ADMIN;

    /** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final class Names {
        public static final String FRONT_DESK = "FRONT_DESK";
        public static final String PRACTITIONER = "PRACTITIONER";
        public static final String MANAGER = "MANAGER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }

    /** The role whose start page someone with these roles should see first, if any. */
    public static Optional<Role> primaryOf(Collection<Role> roles) {
        for (Role candidate : values()) {
            if (roles.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
