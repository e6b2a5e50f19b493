package org.artclinic.clinic.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What an administrator enters for a staff account, built alike by the users page and by
 * {@code POST/PATCH /api/users} and checked once in {@link UserAccountService}.
 *
 * @param username ignored by an edit (a user name never changes; notes and the audit name it)
 * @param email optional
 * @param practitionerId the practitioner whose account this is, or null
 */
public record UserRequest(String username, String fullName, String email, Set<Role> roles, Long practitionerId)
        implements Serializable {
}
