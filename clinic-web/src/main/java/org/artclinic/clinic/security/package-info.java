/**
 * Signing in and out: the form login mechanism and database identity store (Jakarta Security),
 * the signed-in user's name and roles for the page header and menu, each role's start page, and
 * the idle-session timeout; {@code /api/tokens}, where a user manages their API tokens.
 */
package org.artclinic.clinic.security;
