/** Registering, finding and updating patients and their insurance policies. */
package org.artclinic.clinic.patient;
