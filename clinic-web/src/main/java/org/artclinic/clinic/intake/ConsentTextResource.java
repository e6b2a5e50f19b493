package org.artclinic.clinic.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.artclinic.clinic.api.ApiError;
import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.IntakeJson.ConsentTextJson;
import org.artclinic.clinic.intake.IntakeJson.NewConsentText;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The informed-consent text: read the current version; an administrator publishes the next. */
@Path("consent-text")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Intake")
public class ConsentTextResource {

    @EJB
    private IntakeService intakes;

    @GET
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.ADMIN})
    @Operation(operationId = "getConsentText",
            summary = "The consent text patients sign now (FRONT_DESK, PRACTITIONER, ADMIN)",
            description = "The latest published version.")
    @APIResponse(responseCode = "200", description = "The current consent text",
            content = @Content(schema = @Schema(ref = "ConsentText")))
    @APIResponse(responseCode = "404", description = "None published yet",
            content = @Content(schema = @Schema(ref = "Error")))
    public ConsentTextJson current() {
        return ConsentTextJson.of(intakes.currentConsentText()
                .orElseThrow(() -> new DomainException("There is no consent text yet; an administrator must publish "
                        + "one.")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "publishConsentText",
            summary = "Publish an edit of the consent text as the next version (ADMIN)",
            description = "Every version is kept. With requiresNewSignature, consents to earlier versions stop being "
                    + "current and patients must sign again before treatment.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(ref = "ConsentText")))
    @APIResponse(responseCode = "400", description = "Missing text, or another version was published meanwhile",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response publish(NewConsentText body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        String text = checks.required("text", body.text());
        if (body.editedVersion() == null) {
            checks.add("editedVersion", "error.required");
        }
        checks.orFail();
        ConsentText published = intakes.publishConsentText(body.editedVersion(), text,
                Boolean.TRUE.equals(body.requiresNewSignature()));
        return Response.status(Response.Status.CREATED).entity(ConsentTextJson.of(published)).build();
    }
}
