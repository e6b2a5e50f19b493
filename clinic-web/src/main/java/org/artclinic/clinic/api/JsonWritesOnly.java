package org.artclinic.clinic.api;

import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A call that changes something sends its body as JSON (or, for the protocol import, the CSV its
 * endpoint declares), never as one of the content types a web page of another site can send
 * without asking first: a form's {@code application/x-www-form-urlencoded} or
 * {@code multipart/form-data}, or {@code text/plain} (the CORS "simple request" types, Fetch
 * standard section 3.2.3). So a page elsewhere cannot make a signed-in user's browser post to the
 * API: a cross-site request with JSON needs a CORS preflight, which this API never grants. A body
 * without any content type is refused too; a call without a body (sign a note, send the claims)
 * needs none.
 *
 * <p>Runs after the role check ({@link Priorities#AUTHORIZATION}), so a caller without the role
 * still hears 403, and before the body is read, so nothing of a refused call is stored.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class JsonWritesOnly implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** What a cross-site form or a plain fetch may send without a preflight. */
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean simple = type != null && SIMPLE_TYPES.contains(
                (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
        boolean untypedBody = type == null && request.hasEntity();
        if (simple || untypedBody) {
            request.abortWith(ErrorResponses.of(415, ApiError.of(ApiText.text("error.unsupportedMediaType"))));
        }
    }
}
