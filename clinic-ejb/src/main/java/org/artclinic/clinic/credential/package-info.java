/**
 * Practitioner credentials: administrators record the licence and the ART certifications, charting
 * asks {@link CredentialService#requireMayChart} in the transaction of the entry it writes, and the
 * practitioners page and My day read the warnings of credentials that run out.
 */
package org.artclinic.clinic.credential;
