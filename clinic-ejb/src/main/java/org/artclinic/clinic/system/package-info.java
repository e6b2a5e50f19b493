/**
 * What the application needs before anyone can use it: the datasource (H2 or PostgreSQL, chosen
 * by configuration), the Flyway migrations that own the schema, and a status probe used by the
 * readiness health check.
 */
package org.artclinic.clinic.system;
