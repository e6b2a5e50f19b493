/**
 * In-container test support: the shared Arquillian deployment, beans that run test code under a
 * role, and an HTTP client that signs in through the real login form. {@code JourneySeeds} lets
 * the browser journeys (which run outside the server) have their own small clinic built through
 * the fixture: a REST resource that exists only in the test deployment, for administrators.
 * Nothing is left to chance: {@code TestPhones} hands out numbers from a range the demo never uses
 * (area code 555), skipping numbers a patient already has, and {@code TestDays} counts booking days
 * from a base weeks ahead, for practitioners each test creates for itself.
 */
package org.artclinic.clinic.testsupport;
