package org.artclinic.clinic.intake;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.artclinic.clinic.api.ApiError;
import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.intake.IntakeJson.ConsentJson;
import org.artclinic.clinic.intake.IntakeJson.NewConsent;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's informed consent to manual therapy (FRONT_DESK and PRACTITIONER). */
@Path("patients/{patientId}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Intake")
public class ConsentResource {

    @EJB
    private IntakeService intakes;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    @Operation(operationId = "recordConsent", summary = "Record that the patient signed the consent text",
            description = "The witness is the staff member who saw the patient sign; the version defaults to the "
                    + "current text.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is its address",
            content = @Content(schema = @Schema(ref = "Consent")))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, or no consent text published",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response record(@PathParam("patientId") String patientId, NewConsent body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        long patient = IntakeRequests.patientId(checks, patientId);
        LocalDate signedOn = checks.date("signedOn", body.signedOn(), true);
        String witness = checks.required("witnessedBy", body.witnessedBy());
        if (body.version() != null && body.version() < 1) {
            checks.add("version", "error.id");
        }
        checks.orFail();
        PatientConsent consent = intakes.recordConsent(patient, body.version(), signedOn, witness);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(consent.getId())).build();
        return Response.created(location).entity(ConsentJson.of(consent)).build();
    }

    @GET
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    @Operation(operationId = "listConsents", summary = "The patient's consent records, newest first",
            description = "Withdrawn consents included (withdrawnAt set).")
    @APIResponse(responseCode = "200", description = "The consent records",
            content = @Content(schema = @Schema(ref = "ConsentList")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(schema = @Schema(ref = "Error")))
    public List<ConsentJson> list(@PathParam("patientId") String patientId) {
        FieldChecks checks = new FieldChecks();
        long patient = IntakeRequests.patientId(checks, patientId);
        checks.orFail();
        return intakes.consents(patient).stream().map(ConsentJson::of).toList();
    }
}
