/**
 * User accounts: creating them with a hashed password, listing them for administrators, and
 * looking up the signed-in person's name and roles.
 */
package org.artclinic.clinic.security;
