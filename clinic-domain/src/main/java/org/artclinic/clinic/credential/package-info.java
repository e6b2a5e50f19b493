/**
 * A practitioner's credentials: the state licence they practise under and their ART certifications,
 * one per course ({@link org.artclinic.clinic.protocol.RegionGroup}), and the rule that decides
 * whether they may chart a protocol of a region group on a day ({@link CredentialCoverage}), with
 * the warnings shown before a credential runs out.
 */
package org.artclinic.clinic.credential;
