/**
 * In-container test support: the shared Arquillian deployment, beans that run test code under a
 * role, and an HTTP client that signs in through the real login form.
 */
package org.artclinic.clinic.testsupport;
