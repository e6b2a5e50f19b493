package org.artclinic.clinic.protocol;

/**
 * Whether a protocol is offered for charting. Protocols are never deleted (a signed note may name
 * one); a retired protocol stays readable and can be reactivated. A status column rather than a
 * boolean, so queries compare text (docs/decisions/0014).
 */
public enum ProtocolStatus {
    ACTIVE,
    RETIRED
}
