package org.artclinic.clinic.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.NotYours;
import org.artclinic.clinic.common.StateConflict;

/**
 * A clinic rule refused the request; its message is for the user. "There is no ..." (an unknown
 * id) is a 404; a {@link StateConflict} (the record's state forbids it now, e.g. a signed note) a
 * 409; {@link NotYours} (another practitioner's record) a 403; everything else a 400. Scheduling
 * conflicts have their own mapper (409).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final String MISSING = "There is no ";

    @Override
    public Response toResponse(DomainException e) {
        String message = e.getMessage();
        Response.Status status = e instanceof StateConflict ? Response.Status.CONFLICT
                : e instanceof NotYours ? Response.Status.FORBIDDEN
                : message != null && message.startsWith(MISSING) ? Response.Status.NOT_FOUND
                : Response.Status.BAD_REQUEST;
        return ErrorResponses.of(status, message);
    }
}
