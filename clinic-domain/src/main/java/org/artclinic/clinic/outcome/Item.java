package org.artclinic.clinic.outcome;

/**
 * One item of an instrument as a page shows it: its number (1-based, in the instrument's order)
 * and a short label in our own words. The published questionnaires' wording is copyrighted and is
 * not reproduced here; the label only says what the item is about.
 */
public record Item(int number, String label) {
}
