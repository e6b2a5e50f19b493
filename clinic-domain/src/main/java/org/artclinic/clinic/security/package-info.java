/**
 * Who may use the system and what they may do: user accounts, the four roles, and the rules for
 * user names and passwords; two-factor sign-in codes (RFC 6238) and the rules around them (clock
 * drift, no code twice); the personal access tokens of the REST API and their rules (lifetime,
 * roles narrowed to the owner's). Authentication itself is done by the container (Jakarta Security);
 * this package only holds the data it reads and the rules it must respect.
 */
package org.artclinic.clinic.security;
