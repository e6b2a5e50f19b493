package org.artclinic.clinic.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Everything not foreseen: logged with its stack trace on the server, a plain message to the caller. */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (org.artclinic.clinic.web.Stopping.isStopping()) {
            // the server is going away (SIGTERM) and the call's services with it: nothing was promised,
            // so the caller is told to send it again, as a request arriving now is. Checked first, and
            // answered with what was made at start: the stop leaves classes not loaded yet unloadable,
            // this mapper's others among them (decision 0042)
            LOG.log(Level.WARNING, "REST call answered 503: the application is stopping ({0})", e);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(org.artclinic.clinic.web.Stopping.apiAnswer())
                    .header("Retry-After", org.artclinic.clinic.web.Stopping.RETRY_AFTER_SECONDS)
                    .header("Connection", "close").header("Cache-Control", "no-store").build();
        }
        java.util.Optional<Response> unavailable = ErrorResponses.databaseUnavailable(e);
        if (unavailable.isPresent()) {
            LOG.warning(() -> "REST call answered 503: the database cannot be reached (" + e + ")");
            return unavailable.get();
        }
        LOG.log(Level.SEVERE, "REST call failed", e);
        return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, ApiText.text("error.internal"));
    }
}
