/**
 * The record of a visit: the practitioner's note (SOAP), the services given with their minutes and
 * regions, signing (after which the note never changes) and addenda. The rules that decide when a
 * note may be opened, changed, signed or is late are plain Java here, each naming its source.
 */
package org.artclinic.clinic.charting;
