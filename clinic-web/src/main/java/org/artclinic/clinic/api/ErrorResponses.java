package org.artclinic.clinic.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.artclinic.clinic.system.DatabaseOutage;

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

    /**
     * 503 with Retry-After when the failure is the database being unreachable (down or restarting;
     * issue 15): nothing was stored, and the same request will succeed once it is back.
     */
    static java.util.Optional<Response> databaseUnavailable(Throwable failure) {
        if (!DatabaseOutage.isCause(failure)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.APPLICATION_JSON_TYPE).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .entity(ApiError.of(ApiText.text("error.databaseUnavailable"))).build());
    }
}
