/**
 * Administration pages: the user list (and, with the front-desk release, locations, rooms,
 * practitioners and appointment types).
 */
package org.artclinic.clinic.admin;
