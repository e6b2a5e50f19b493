package org.artclinic.clinic.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape (a text where an object belongs): 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictJson.NotAWholeNumber number) {
                return ErrorResponses.of(Response.Status.BAD_REQUEST, number.getMessage());
            }
        }
        return ErrorResponses.of(Response.Status.BAD_REQUEST, ApiText.text("error.json"));
    }
}
