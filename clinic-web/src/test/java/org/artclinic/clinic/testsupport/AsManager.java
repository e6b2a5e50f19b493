package org.artclinic.clinic.testsupport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.artclinic.clinic.security.Role;

/** Runs test code as a user with the MANAGER role. */
@Stateless
@RunAs(Role.Names.MANAGER)
public class AsManager extends RoleRunner {
}
