package org.artclinic.clinic.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown address, wrong method or content type, unreadable body) as JSON
 * with the same status, instead of the container's HTML error pages.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 403 && request != null) {
            // an endpoint's @RolesAllowed refused the caller's role (Jersey's RolesAllowedDynamicFeature)
            jakarta.enterprise.inject.spi.CDI.current().select(org.artclinic.clinic.audit.DeniedAccess.class).get()
                    .record(request, request.getMethod() + " " + request.getRequestURI());
        }
        String key = switch (status) {
            case 400 -> "error.badRequest";
            case 401 -> "error.unauthorized";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 415 -> "error.unsupportedMediaType";
            default -> status < 500 ? "error.badRequest" : "error.internal";
        };
        Response.ResponseBuilder response = Response.fromResponse(ErrorResponses.of(status, ApiError.of(ApiText.text(key))));
        if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }
}
