/**
 * The patient registry: who the patient is, how to reach them, their insurance policies and
 * authorized visits, and the rules for spotting a duplicate registration.
 */
package org.artclinic.clinic.patient;
