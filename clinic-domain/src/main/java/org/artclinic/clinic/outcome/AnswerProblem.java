package org.artclinic.clinic.outcome;

/**
 * Something wrong with the answers given for an instrument: an answer outside the item's range
 * ({@code item} is its 1-based number) or the wrong number of answers ({@code item} is null).
 */
public record AnswerProblem(Integer item, String message) {
}
