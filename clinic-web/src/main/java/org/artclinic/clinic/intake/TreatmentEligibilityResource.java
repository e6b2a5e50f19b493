package org.artclinic.clinic.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.artclinic.clinic.api.ApiError;
import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.intake.IntakeJson.EligibilityJson;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether a patient may be treated now: the same gate charting checks in the service layer. */
@Path("patients/{patientId}/treatment-eligibility")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Intake")
public class TreatmentEligibilityResource {

    @EJB
    private IntakeService intakes;

    @Context
    private SecurityContext security;

    @GET
    // the front desk gets the paperwork-only view (treatmentHold), a practitioner the full one
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    @Operation(operationId = "getTreatmentEligibility",
            summary = "Whether the patient may be treated now, where, and why not (PRACTITIONER); on hold or not "
                    + "and the missing paperwork (FRONT_DESK)",
            description = "Treatment is allowed when an intake with screening is recorded, no red flag waits for a "
                    + "clearance, and the patient's consent is current; regions blocked by a local "
                    + "contraindication stay blocked. A practitioner reads the reasons (view FULL); the front desk "
                    + "reads only whether treatment is on hold and which paperwork to collect (view PAPERWORK), "
                    + "and gets no answer about a region.")
    @APIResponse(responseCode = "200", description = "The patient's eligibility",
            content = @Content(schema = @Schema(ref = "TreatmentEligibility")))
    @APIResponse(responseCode = "400", description = "Invalid region",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(schema = @Schema(ref = "Error")))
    public EligibilityJson eligibility(@PathParam("patientId") String patientId,
            @Parameter(description = "a body region to ask about, e.g. KNEE") @QueryParam("region") String region) {
        FieldChecks checks = new FieldChecks();
        long patient = IntakeRequests.patientId(checks, patientId);
        BodyRegion asked = checks.choice("region", region, BodyRegion.class, false);
        checks.orFail();
        if (!security.isUserInRole(Role.Names.PRACTITIONER)) {
            return EligibilityJson.of(intakes.treatmentHold(patient));
        }
        return EligibilityJson.of(intakes.treatmentEligibility(patient), asked);
    }
}
