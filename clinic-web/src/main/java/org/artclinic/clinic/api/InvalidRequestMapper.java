package org.artclinic.clinic.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Missing or malformed fields: 400 with one entry per field. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException e) {
        return ErrorResponses.of(400, new ApiError(e.getMessage(), e.errors()));
    }
}
