/**
 * The patient registry pages: the patient list with its search box, registration and editing
 * with the duplicate check, and the patient page with its header, appointments and insurance.
 * The header itself is the composite {@code resources/patient/header.xhtml}, reused by other pages.
 */
package org.artclinic.clinic.patient;
