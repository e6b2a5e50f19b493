package org.artclinic.clinic.plan;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's treatment plans over HTTP (role PRACTITIONER; decision 0032): write one, list them. */
@Path("patients/{patientId}/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Plans")
public class PatientPlanResource {

    @EJB
    private TreatmentPlanService plans;

    @Inject
    private ClinicClock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "createPlan", summary = "Write a treatment plan for a patient",
            description = "The plan is yours. A patient has at most one active plan: complete or discontinue the one "
                    + "they have first (409 otherwise). Left out, frequency and duration are the article's usual course "
                    + "(2 visits a week for 3 weeks, 6 visits, re-evaluated at the last); bad fields answer 400, "
                    + "each named, and nothing is stored.")
    @APIResponse(responseCode = "201", description = "Written; Location is its address",
            content = @Content(schema = @Schema(ref = "TreatmentPlan")))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Your account has no practitioner profile",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The patient has an active plan",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response create(@PathParam("patientId") String patientId, PlanJson.Terms body) {
        long patient = FieldChecks.pathId(patientId);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        PlanTerms terms = body.read(checks, clock.today());
        checks.orFail();
        long id = plans.create(patient, terms).getId();
        return Response.created(URI.create("plans/" + id)).entity(PlanJson.Plan.of(plans.view(id))).build();
    }

    @GET
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "listPlans", summary = "A patient's treatment plans, newest first",
            description = "Active and ended plans (at most " + TreatmentPlanService.MAX_LISTED + "), each with its "
                    + "progress: visits used against planned, and whether the re-evaluation is due.")
    @APIResponse(responseCode = "200", description = "The plans",
            content = @Content(schema = @Schema(ref = "TreatmentPlanList")))
    @APIResponse(responseCode = "404", description = "Not a patient id", content = @Content(schema = @Schema(ref = "Error")))
    public List<PlanJson.Plan> list(@PathParam("patientId") String patientId) {
        return plans.ofPatient(FieldChecks.pathId(patientId)).stream().map(PlanJson.Plan::of).toList();
    }
}
