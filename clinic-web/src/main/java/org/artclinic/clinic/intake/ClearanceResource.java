package org.artclinic.clinic.intake;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import org.artclinic.clinic.intake.IntakeJson.ClearanceJson;
import org.artclinic.clinic.intake.IntakeJson.NewClearance;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A practitioner records that a referred patient was evaluated and may be treated. */
@Path("patients/{patientId}/clearances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Intake")
public class ClearanceResource {

    @EJB
    private IntakeService intakes;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "recordClearance", summary = "Clear a referral (role PRACTITIONER)",
            description = "Lifts the referral of the given intake (default: the latest) so treatment may start. "
                    + "Regions blocked by a local contraindication stay blocked. The clearing practitioner is the "
                    + "caller; the time is now.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(ref = "Clearance")))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, or nothing to clear",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient or intake",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response clear(@PathParam("patientId") String patientId, NewClearance body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        long patient = IntakeRequests.patientId(checks, patientId);
        Long intake = checks.id("intakeId", body.intakeId(), false);
        ClearanceEvidence kind = checks.choice("evidenceKind", body.evidenceKind(), ClearanceEvidence.class, true);
        String evidence = checks.required("evidence", body.evidence());
        LocalDate evidenceDate = checks.date("evidenceDate", body.evidenceDate(), false);
        checks.orFail();
        TreatmentClearance clearance = intakes.recordClearance(patient, intake, kind, evidence, evidenceDate);
        URI location = uri.getBaseUriBuilder().path("patients/{id}/treatment-eligibility").build(patient);
        return Response.created(location).entity(ClearanceJson.of(clearance)).build();
    }
}
