package org.artclinic.clinic.testsupport;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.artclinic.clinic.security.Role;

/** Runs test code as a user with the FRONT_DESK role. */
@Stateless
@RunAs(Role.Names.FRONT_DESK)
public class AsFrontDesk extends RoleRunner {
}
