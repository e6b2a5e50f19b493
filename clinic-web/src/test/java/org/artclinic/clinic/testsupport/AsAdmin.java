package org.artclinic.clinic.testsupport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.artclinic.clinic.security.Role;

/** Runs test code as a user with the ADMIN role. */
@Stateless
@RunAs(Role.Names.ADMIN)
public class AsAdmin extends RoleRunner {
}
