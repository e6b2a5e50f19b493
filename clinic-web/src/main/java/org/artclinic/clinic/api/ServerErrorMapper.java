package org.artclinic.clinic.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Everything not foreseen: logged with its stack trace on the server, a plain message to the caller. */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        java.util.Optional<Response> unavailable = ErrorResponses.databaseUnavailable(e);
        if (unavailable.isPresent()) {
            LOG.warning(() -> "REST call answered 503: the database cannot be reached (" + e + ")");
            return unavailable.get();
        }
        if (org.artclinic.clinic.web.Stopping.isStopping()) {
            // the server is going away (SIGTERM) and the call's services with it: nothing was promised,
            // so the caller is told to send it again, as a request arriving now is (decision 0042)
            LOG.warning(() -> "REST call answered 503: the application is stopping (" + e + ")");
            return Response.fromResponse(ErrorResponses.of(Response.Status.SERVICE_UNAVAILABLE,
                            org.artclinic.clinic.web.Stopping.MESSAGE))
                    .header("Retry-After", org.artclinic.clinic.web.Stopping.RETRY_AFTER_SECONDS)
                    .header("Connection", "close").build();
        }
        LOG.log(Level.SEVERE, "REST call failed", e);
        return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, ApiText.text("error.internal"));
    }
}
