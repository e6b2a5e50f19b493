/**
 * User accounts: creating them with a hashed password, listing them for administrators, and
 * looking up the signed-in person's name and roles; two-factor sign-in (set-up, codes at sign-in,
 * an administrator's reset, the rule for administrators); personal access tokens for the REST API
 * (create, list, revoke, and the check of a presented token).
 */
package org.artclinic.clinic.security;
