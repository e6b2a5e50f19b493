package org.artclinic.clinic.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service refused the caller's role (403), or an edit met a newer version of the record (409);
 * anything else from a service is a server error, logged here and answered without details.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(EJBException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
                if (request != null) {
                    jakarta.enterprise.inject.spi.CDI.current().select(org.artclinic.clinic.audit.DeniedAccess.class)
                            .get().record(request, request.getMethod() + " " + request.getRequestURI());
                }
                return ErrorResponses.of(Response.Status.FORBIDDEN, ApiText.text("error.forbidden"));
            }
            if (cause instanceof OptimisticLockException) {
                return ErrorResponses.of(Response.Status.CONFLICT, ApiText.text("error.stale"));
            }
        }
        java.util.Optional<Response> unavailable = ErrorResponses.databaseUnavailable(e);
        if (unavailable.isPresent()) {
            LOG.warning(() -> "REST call answered 503: the database cannot be reached (" + e + ")");
            return unavailable.get();
        }
        LOG.log(Level.SEVERE, "REST call failed in a service", e);
        return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, ApiText.text("error.internal"));
    }
}
