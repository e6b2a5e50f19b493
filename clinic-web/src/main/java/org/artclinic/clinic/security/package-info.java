/**
 * Signing in and out: the form login mechanism and the identity store (Jakarta Security) with its
 * second step for two-factor sign-in, the pages that set it up and that a sign-in may be sent to
 * first (own password, two-factor set-up), the signed-in user's name and roles for the page header
 * and menu, each role's start page, and the idle-session timeout; {@code /api/tokens}, where a user
 * manages their API tokens.
 */
package org.artclinic.clinic.security;
