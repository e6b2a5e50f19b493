/**
 * Practitioner credentials over REST: {@code GET} and {@code PUT /api/practitioners/{id}/credentials}
 * (administrators; a practitioner reads their own). The page part is
 * {@link org.artclinic.clinic.setup.CredentialsBacking} on the practitioners page, and My day's banner.
 */
package org.artclinic.clinic.credential;
