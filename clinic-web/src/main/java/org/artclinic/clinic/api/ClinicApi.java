package org.artclinic.clinic.api;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for the front desk's other programs (online booking, phone system, reminders).
 * Callers sign in with HTTP Basic ({@link ApiAuthenticationMechanism}) as one of the clinic's
 * users; each call needs the same role as the page that does the same thing. The OpenAPI document
 * is served by Payara at {@code /openapi}.
 */
@ApplicationPath(ClinicApi.PATH)
@OpenAPIDefinition(
        info = @Info(title = "ART Clinic API", version = "1",
                description = "Patients, appointments and the clinic's set-up for the front desk. "
                        + "Errors are JSON: {\"message\": ..., \"errors\": [{\"field\": ..., \"message\": ...}]}."),
        security = @SecurityRequirement(name = ClinicApi.BASIC))
@SecurityScheme(securitySchemeName = ClinicApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The user name and password of a clinic user; the user's roles decide what it may do.")
public class ClinicApi extends Application {

    public static final String PATH = "api";
    static final String BASIC = "basic";

    @Override
    public Map<String, Object> getProperties() {
        // errors keep their JSON bodies instead of the container's HTML error pages
        return Map.of("jersey.config.servlet.response.setStatusOverSendError", true);
    }
}
