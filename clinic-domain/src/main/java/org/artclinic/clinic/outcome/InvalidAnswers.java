package org.artclinic.clinic.outcome;

import java.util.List;
import java.util.stream.Collectors;

import org.artclinic.clinic.common.DomainException;

/**
 * The answers cannot belong to the instrument: a value outside an item's range, or the wrong
 * number of items. Unlike an unanswered item (which may leave the questionnaire unscorable but is
 * a legitimate answer), this is an input error and nothing is recorded.
 */
public class InvalidAnswers extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<AnswerProblem> problems;

    public InvalidAnswers(List<AnswerProblem> problems) {
        super(problems.stream().map(AnswerProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one per wrong item (or one for a wrong item count). */
    public List<AnswerProblem> problems() {
        return problems;
    }
}
