package org.artclinic.clinic.intake;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.IntakeJson.IntakeCreated;
import org.artclinic.clinic.intake.IntakeJson.NewIntake;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Intake assessments of a patient: record one (its screening decides whether treatment may start), list them. */
@Path("patients/{patientId}/intakes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Intake")
public class IntakeResource {

    @EJB
    private IntakeService intakes;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "recordIntake", summary = "Record an intake assessment with its red-flag screening",
            description = "Every screening answer is required: each of redFlags true or false, and "
                    + "localContraindications as a list ([] for none); a missing answer is a 400, never a no. The "
                    + "screening decides, and the decision is stored with the intake: a red flag (recentTrauma, "
                    + "unexplainedWeightLossFeverNightPain, progressiveNeurologicalDeficit) blocks all treatment until "
                    + "a clearance is recorded; a local contraindication blocks its region; bleeding risk and "
                    + "pregnancy are precautions shown on every session. The answer carries this intake's decision "
                    + "and, in eligibility, whether the patient may be treated now.")
    @APIResponse(responseCode = "201", description = "Recorded; the body carries the decision",
            content = @Content(schema = @Schema(ref = "Intake")))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient or intake",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response record(@PathParam("patientId") String patientId, NewIntake body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        long patient = IntakeRequests.patientId(checks, patientId);
        Long previous = checks.id("reassessmentOf", body.reassessmentOf(), false);
        IntakeDetails details = details(checks, body);
        ScreeningAnswers screening = IntakeRequests.screening(checks, body.redFlags(), body.localContraindications());
        checks.orFail();
        IntakeAssessment intake = intakes.recordIntake(patient, previous, details, screening);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(intake.getId())).build();
        IntakeJson.EligibilityJson now = IntakeJson.EligibilityJson.of(intakes.treatmentEligibility(patient), null);
        return Response.created(location).entity(IntakeCreated.of(intake, now)).build();
    }

    @GET
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "listIntakes", summary = "List a patient's intakes",
            description = "Newest first, each with the decision it made (eligibility is null here).")
    @APIResponse(responseCode = "200", description = "The intakes",
            content = @Content(schema = @Schema(ref = "IntakeList")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(schema = @Schema(ref = "Error")))
    public List<IntakeCreated> list(@PathParam("patientId") String patientId) {
        FieldChecks checks = new FieldChecks();
        long patient = IntakeRequests.patientId(checks, patientId);
        checks.orFail();
        return intakes.intakes(patient).stream().map(IntakeCreated::of).toList();
    }

    @GET
    @Path("{intakeId}")
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "getIntake", summary = "Read one intake",
            description = "With the decision it made (eligibility is null here).")
    @APIResponse(responseCode = "200", description = "The intake",
            content = @Content(schema = @Schema(ref = "Intake")))
    @APIResponse(responseCode = "404", description = "No such intake for this patient",
            content = @Content(schema = @Schema(ref = "Error")))
    public IntakeCreated find(@PathParam("patientId") String patientId, @PathParam("intakeId") String intakeId) {
        FieldChecks checks = new FieldChecks();
        long patient = IntakeRequests.patientId(checks, patientId);
        Long intake = checks.id("intakeId", intakeId);
        checks.orFail();
        IntakeAssessment found = intakes.findIntake(intake == null ? 0 : intake);
        if (!found.getPatient().getId().equals(patient)) {
            throw new DomainException("There is no intake " + intake + " of patient "
                    + patient + ".");
        }
        return IntakeCreated.of(found);
    }

    private static IntakeDetails details(FieldChecks checks, NewIntake body) {
        String complaint = checks.required("chiefComplaint", body.chiefComplaint());
        List<ComplaintRegion> regions = new ArrayList<>();
        List<IntakeJson.Region> givenRegions = body.regions() == null ? List.of() : body.regions();
        if (givenRegions.isEmpty()) {
            checks.add("regions", "error.required");
        }
        for (int i = 0; i < givenRegions.size(); i++) {
            IntakeJson.Region r = givenRegions.get(i);
            String at = "regions[" + i + "]";
            if (r == null) {
                checks.add(at, "error.required");
                continue;
            }
            BodyRegion region = checks.choice(at + ".region", r.region(), BodyRegion.class, true);
            Side side = checks.choice(at + ".side", r.side(), Side.class, false);
            if (region != null) {
                regions.add(new ComplaintRegion(region, side));
            }
        }
        OnsetType onset = checks.choice("onsetType", body.onsetType(), OnsetType.class, false);
        LocalDate onsetDate = checks.date("onsetDate", body.onsetDate(), false);
        List<RangeOfMotion> rom = IntakeRequests.rangeOfMotion(checks, "rangeOfMotion", body.rangeOfMotion());
        List<NeuroFinding> neuro = new ArrayList<>();
        List<IntakeJson.Neuro> givenNeuro = body.neuroScreen() == null ? List.of() : body.neuroScreen();
        for (int i = 0; i < givenNeuro.size(); i++) {
            IntakeJson.Neuro n = givenNeuro.get(i);
            String at = "neuroScreen[" + i + "]";
            if (n == null) {
                checks.add(at, "error.required");
                continue;
            }
            SpinalLevel level = checks.choice(at + ".level", n.level(), SpinalLevel.class, true);
            Side side = checks.choice(at + ".side", n.side(), Side.class, true);
            NeuroResult strength = checks.choice(at + ".strength", n.strength(), NeuroResult.class, false);
            NeuroResult sensation = checks.choice(at + ".sensation", n.sensation(), NeuroResult.class, false);
            NeuroResult reflex = checks.choice(at + ".reflex", n.reflex(), NeuroResult.class, false);
            if (level != null && side != null) {
                IntakeRequests.addIfValid(neuro,
                        checks.valid(at, () -> new NeuroFinding(level, side, strength, sensation, reflex)));
            }
        }
        List<PalpationFinding> palpation = new ArrayList<>();
        List<IntakeJson.Palpation> givenPalpation = body.palpation() == null ? List.of() : body.palpation();
        for (int i = 0; i < givenPalpation.size(); i++) {
            IntakeJson.Palpation p = givenPalpation.get(i);
            String at = "palpation[" + i + "]";
            if (p == null) {
                checks.add(at, "error.required");
                continue;
            }
            BodyRegion region = checks.choice(at + ".region", p.region(), BodyRegion.class, true);
            Side side = checks.choice(at + ".side", p.side(), Side.class, false);
            if (region != null) {
                IntakeRequests.addIfValid(palpation, checks.valid(at, () -> new PalpationFinding(p.structure(), region,
                        side, Boolean.TRUE.equals(p.tightRopeyBand()), Boolean.TRUE.equals(p.thickenedGrittyTissue()),
                        Boolean.TRUE.equals(p.tenderReproducesSymptom()), p.note())));
            }
        }
        IntakeJson.Pain pain = body.pain();
        PainScores scores = pain == null ? null
                : checks.valid("pain", () -> new PainScores(pain.now(), pain.best(), pain.worst()));
        return new IntakeDetails(complaint, regions, onset, onsetDate, body.durationWeeks(),
                body.aggravatingActivities(), body.easingActivities(), body.trainingLoad(), body.workSetup(),
                body.priorInjuriesAndSurgeries(), body.medications(), body.goals(), body.postureObservations(), rom,
                neuro, palpation, scores);
    }
}
