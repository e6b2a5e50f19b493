package org.artclinic.clinic.outcome;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.artclinic.clinic.api.ApiError;
import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.api.FieldError;
import org.artclinic.clinic.api.InvalidRequestException;
import org.artclinic.clinic.outcome.OutcomeJson.MeasureJson;
import org.artclinic.clinic.outcome.OutcomeJson.MeasurePage;
import org.artclinic.clinic.outcome.OutcomeJson.NewOutcomeMeasure;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's outcome measures over HTTP: record one (scored on the server), read the history. */
@Path("patients/{patientId}/outcome-measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Outcome measures")
public class OutcomeMeasureResource {

    @EJB
    private OutcomeService outcomes;

    @Context
    private UriInfo uri;

    @Context
    private jakarta.ws.rs.core.SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // the front desk records a measure with the patient but reads back only that it was stored
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    @Operation(operationId = "recordOutcomeMeasure", summary = "Record and score an outcome measure",
            description = "Scores the answers by the instrument's published rule and stores them item by item. When "
                    + "too many items are unanswered the administration is still stored, with score null and a "
                    + "message saying why. An answer outside its item's range, or the wrong number of answers, is "
                    + "a 400 naming each wrong answer (field answers[i], i counted from 0) and nothing is stored. "
                    + "The front desk may record a measure but not read outcome content: its answer has answers, "
                    + "score, message and the changes null.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is its address",
            content = @Content(schema = @Schema(ref = "OutcomeMeasure")))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, answers out of range",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response record(@PathParam("patientId") String patientId, NewOutcomeMeasure body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long patient = checks.id("patientId", patientId);
        Instrument instrument = checks.choice("instrument", body.instrument(), Instrument.class, true);
        OffsetDateTime at = checks.dateTime("administeredAt", body.administeredAt(), false);
        if (body.answers() == null) {
            checks.add("answers", "error.required");
        }
        checks.orFail();
        List<FieldError> errors = new ArrayList<>();
        List<Integer> answers = wholeNumbers(body.answers(), errors);
        if (errors.isEmpty()) {
            for (AnswerProblem problem : instrument.problems(answers)) {
                errors.add(new FieldError(problem.item() == null ? "answers" : "answers[" + (problem.item() - 1) + "]",
                        problem.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        OutcomeEntry recorded = outcomes.record(patient == null ? 0 : patient, instrument, answers,
                at == null ? null : at.toInstant());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(recorded.measure().getId())).build();
        MeasureJson json = MeasureJson.of(recorded);
        return Response.created(location).entity(security.isUserInRole(Role.Names.PRACTITIONER) ? json
                : json.withoutContent()).build();
    }

    @GET
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "listOutcomeMeasures", summary = "A patient's outcome measures",
            description = "Newest first, a page of at most " + OutcomeService.MAX_PAGE + "; each with its change since "
                    + "the previous and the first scored administration of the same instrument, flagged against the "
                    + "instrument's minimal clinically important difference.")
    @APIResponse(responseCode = "200", description = "A page of outcome measures",
            content = @Content(schema = @Schema(ref = "OutcomeMeasurePage")))
    @APIResponse(responseCode = "400", description = "Invalid instrument or paging",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(schema = @Schema(ref = "Error")))
    public MeasurePage history(@PathParam("patientId") String patientId,
            @Parameter(description = "only this instrument (NPRS, NDI, ODI, QUICKDASH, LEFS); all when left out")
            @QueryParam("instrument") String instrumentName,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + OutcomeService.MAX_PAGE + " (default 20)")
            @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        Long patient = checks.id("patientId", patientId);
        Instrument instrument = checks.choice("instrument", instrumentName, Instrument.class, false);
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, OutcomeService.MAX_PAGE);
        checks.orFail();
        long id = patient == null ? 0 : patient;
        List<MeasureJson> items = outcomes.history(id, instrument, from, size).stream().map(MeasureJson::of).toList();
        return new MeasurePage(outcomes.count(id, instrument), from, size, items);
    }

    @GET
    @Path("{measureId}")
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "getOutcomeMeasure", summary = "One outcome measure of the patient",
            description = "With its changes since the previous and the first scored administration.")
    @APIResponse(responseCode = "200", description = "The outcome measure",
            content = @Content(schema = @Schema(ref = "OutcomeMeasure")))
    @APIResponse(responseCode = "404", description = "No such patient or outcome measure",
            content = @Content(schema = @Schema(ref = "Error")))
    public MeasureJson find(@PathParam("patientId") String patientId, @PathParam("measureId") String measureId) {
        FieldChecks checks = new FieldChecks();
        Long patient = checks.id("patientId", patientId);
        Long measure = checks.id("measureId", measureId);
        checks.orFail();
        return MeasureJson.of(outcomes.find(patient == null ? 0 : patient, measure == null ? 0 : measure));
    }

    /** The answers as whole numbers; a fraction (2.5) is a field error, not silently cut off. */
    private static List<Integer> wholeNumbers(List<BigDecimal> answers, List<FieldError> errors) {
        List<Integer> whole = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            BigDecimal answer = answers.get(i);
            if (answer == null) {
                whole.add(null);
                continue;
            }
            try {
                whole.add(answer.intValueExact());
            } catch (ArithmeticException e) {
                errors.add(new FieldError("answers[" + i + "]", "Item " + (i + 1) + ": " + answer.toPlainString()
                        + " is not an answer; answers are whole numbers."));
                whole.add(null);
            }
        }
        return whole;
    }
}
