/**
 * The ART protocol library: what a practitioner applies, protocol by protocol, and the region
 * groups that ART's courses (and so a practitioner's certifications) are organised by. The
 * library's texts are the clinic's own words; ART's official protocol texts are licensed.
 */
package org.artclinic.clinic.protocol;
