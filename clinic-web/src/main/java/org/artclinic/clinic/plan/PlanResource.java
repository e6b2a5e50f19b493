package org.artclinic.clinic.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * A treatment plan over HTTP (role PRACTITIONER; decision 0032): read it, change its terms, end it,
 * print its home-program handout. A change to another practitioner's plan answers 403; a change to
 * an ended plan 409. A patient's plans are {@link PatientPlanResource}'s.
 */
@Path("plans/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Plans")
public class PlanResource {

    @EJB
    private TreatmentPlanService plans;

    @Inject
    private ClinicClock clock;

    @GET
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "getPlan", summary = "Read a treatment plan with its progress",
            description = "Any practitioner reads the clinic's plans: terms, goals, home program, visits used against "
                    + "planned, and whether the re-evaluation is due.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(ref = "TreatmentPlan")))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(schema = @Schema(ref = "Error")))
    public PlanJson.Plan find(@PathParam("id") String id) {
        return PlanJson.Plan.of(plans.view(FieldChecks.pathId(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "revisePlan", summary = "Change the terms of one of your active plans",
            description = "Replaces the diagnoses, goals, frequency, planned visits, re-evaluation point and home "
                    + "program. Send the version last read: a plan changed meanwhile answers 400 and nothing changes.")
    @APIResponse(responseCode = "200", description = "The plan as saved",
            content = @Content(schema = @Schema(ref = "TreatmentPlan")))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid, or the plan changed since the "
            + "version sent", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's plan",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The plan has ended", content = @Content(schema = @Schema(ref = "Error")))
    public PlanJson.Plan revise(@PathParam("id") String id, PlanJson.Terms body) {
        long planId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long version = checks.id("version", body.version(), true);
        PlanTerms terms = body.read(checks, clock.today());
        checks.orFail();
        plans.revise(planId, version, terms);
        return PlanJson.Plan.of(plans.view(planId));
    }

    @POST
    @Path("complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "completePlan", summary = "Complete one of your active plans",
            description = "Its visits are done; the plan is kept as it was, and a new one can be written.")
    @APIResponse(responseCode = "200", description = "The completed plan",
            content = @Content(schema = @Schema(ref = "TreatmentPlan")))
    @APIResponse(responseCode = "400", description = "No version, or the plan changed since it",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's plan",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The plan has ended already",
            content = @Content(schema = @Schema(ref = "Error")))
    public PlanJson.Plan complete(@PathParam("id") String id, PlanJson.End body) {
        long planId = FieldChecks.pathId(id);
        plans.complete(planId, version(body), body.reason());
        return PlanJson.Plan.of(plans.view(planId));
    }

    @POST
    @Path("discontinue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "discontinuePlan", summary = "Stop one of your active plans early, with the reason",
            description = "For a patient who moved, was referred on or stopped coming; the reason is required.")
    @APIResponse(responseCode = "200", description = "The discontinued plan",
            content = @Content(schema = @Schema(ref = "TreatmentPlan")))
    @APIResponse(responseCode = "400", description = "No version or reason, or the plan changed since the version",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's plan",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such plan", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The plan has ended already",
            content = @Content(schema = @Schema(ref = "Error")))
    public PlanJson.Plan discontinue(@PathParam("id") String id, PlanJson.End body) {
        long planId = FieldChecks.pathId(id);
        plans.discontinue(planId, version(body), body.reason());
        return PlanJson.Plan.of(plans.view(planId));
    }

    @GET
    @Path("handout")
    @Produces("application/pdf")
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "planHandout", summary = "The plan's home-program handout as a PDF",
            description = "For the patient to take home: the visits, the goals and the exercises with their doses, "
                    + "grouped by the five aftercare kinds.")
    @APIResponse(responseCode = "200", description = "The handout",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response handout(@PathParam("id") String id) {
        TreatmentPlan plan = plans.find(FieldChecks.pathId(id));
        byte[] pdf = PlanHandout.of(plan, plan.getPatient().getFullName(), clock.today());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"home-program-" + plan.getId() + ".pdf\"")
                .build();
    }

    private static long version(PlanJson.End body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long version = checks.id("version", body.version(), true);
        checks.orFail();
        return version;
    }
}
