package org.artclinic.clinic.billing;

/** A payer's claim rules as a manager sets them; {@link Payer} checks them. */
public record PayerRules(UnitRule unitRule, boolean requiresGp, boolean usesXModifiers, String ediPayerId) {
}
