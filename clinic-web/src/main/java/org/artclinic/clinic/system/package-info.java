/** Operational endpoints: the MicroProfile Health readiness check of the database. */
package org.artclinic.clinic.system;
