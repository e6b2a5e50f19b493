package org.artclinic.clinic.scheduling;

import java.util.List;

import org.artclinic.clinic.common.DomainException;

/** A booking request with missing or contradictory fields; the message names them all, in the form's order. */
public class InvalidBooking extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<BookingRequest.Problem> problems;

    public InvalidBooking(List<BookingRequest.Problem> problems) {
        super(String.join(" ", problems.stream().map(BookingRequest.Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<BookingRequest.Problem> problems() {
        return problems;
    }
}
