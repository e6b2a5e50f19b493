/** Administering the clinic's set-up: locations, rooms, practitioners, their hours, appointment types. */
package org.artclinic.clinic.setup;
