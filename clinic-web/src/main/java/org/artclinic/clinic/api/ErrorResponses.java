package org.artclinic.clinic.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the JSON error responses of the API. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static Response of(Response.Status status, String message) {
        return of(status.getStatusCode(), ApiError.of(message));
    }
}
