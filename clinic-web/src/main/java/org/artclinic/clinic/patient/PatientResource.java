package org.artclinic.clinic.patient;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.artclinic.clinic.api.ApiError;
import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient registry over HTTP: register (with the duplicate check), search, read. */
@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Patients")
public class PatientResource {

    /** At most this many patients per page. */
    static final int MAX_PAGE = 100;

    @EJB
    private PatientService patients;

    @EJB
    private org.artclinic.clinic.security.CareTeamService careTeam;

    @Context
    private UriInfo uri;

    @Schema(name = "BreakGlassRequest", description = "Why a practitioner needs a patient who is not one of theirs.")
    public record BreakGlassRequest(@Schema(required = true, minLength = 10, maxLength = 500,
            example = "Covering for Dr. Okafor, who is off sick today") String reason) {
    }

    @Schema(name = "BreakGlass", description = "Emergency access given: the record is open to the caller until then.",
            requiredProperties = {"patientId", "reason", "until"})
    public record BreakGlassJson(@Schema(format = "int64") long patientId, String reason,
            @Schema(description = "ISO-8601 instant the access ends") String until) {
    }

    @Schema(name = "NewPatient", description = "A patient to register.")
    public record NewPatient(
            @Schema(required = true, example = "Jane") String givenName,
            @Schema(required = true, example = "Doe") String familyName,
            @Schema(required = true, format = "date", example = "1985-04-23") String birthDate,
            @Schema(implementation = Sex.class, example = "FEMALE") String sex,
            @Schema(example = "(555) 201-3344") String phone,
            @Schema(example = "jane.doe@example.com") String email,
            @Schema(description = "true once the user has seen the possible duplicates and confirms this is another person")
            Boolean confirmedNotDuplicate) {
    }

    @Schema(name = "Patient",
            requiredProperties = {"id", "version", "chartNumber", "givenName", "familyName", "birthDate", "active"})
    public record PatientJson(@Schema(format = "int64") long id, @Schema(format = "int64") long version,
            String chartNumber, String givenName, String familyName,
            LocalDate birthDate, Sex sex, String phone, String email, boolean active) {

        static PatientJson of(Patient p) {
            return new PatientJson(p.getId(), p.getVersion(), p.getChartNumber(), p.getGivenName(), p.getFamilyName(),
                    p.getBirthDate(), p.getSex(), p.getPhone(), p.getEmail(), p.isActive());
        }
    }

    @Schema(name = "PossibleDuplicate", description = "An existing patient who may be the same person.",
            requiredProperties = {"id", "chartNumber", "name", "birthDate", "reasons"})
    public record DuplicateJson(@Schema(format = "int64") long id, String chartNumber, String name, LocalDate birthDate,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "why it looks like the same person, e.g. \"same phone\"") List<String> reasons) {
    }

    @Schema(name = "DuplicatePatient", description = "409: the patient may be registered already.",
            requiredProperties = {"message", "duplicates"})
    public record DuplicateError(String message, List<DuplicateJson> duplicates) {
    }

    @Schema(name = "PatientPage", requiredProperties = {"total", "more", "first", "max", "items"})
    public record PatientPage(
            @Schema(format = "int64", description = "how many patients match, counted up to "
                    + PatientService.COUNTED_UP_TO) long total,
            @Schema(description = "true when more than " + PatientService.COUNTED_UP_TO + " patients match "
                    + "(total is then " + PatientService.COUNTED_UP_TO + "); a longer search narrows them, "
                    + "and paging on with first still reaches every one") boolean more,
            int first, int max, List<PatientJson> items) {

        static PatientPage of(long counted, int first, int max, List<PatientJson> items) {
            return new PatientPage(Math.min(counted, PatientService.COUNTED_UP_TO), counted > PatientService.COUNTED_UP_TO,
                    first, max, items);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    @Operation(operationId = "registerPatient", summary = "Register a patient",
            description = "Gives the patient the next chart number. A registration that looks like an existing "
                    + "patient (same name and birth date, same phone or same email) is refused with 409 and the "
                    + "possible duplicates, unless confirmedNotDuplicate is true.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the new patient's address",
            content = @Content(schema = @Schema(ref = "Patient")))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Possible duplicate",
            content = @Content(schema = @Schema(ref = "DuplicatePatient")))
    public Response register(NewPatient body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        String given = checks.required("givenName", body.givenName());
        String family = checks.required("familyName", body.familyName());
        LocalDate birthDate = checks.date("birthDate", body.birthDate(), true);
        Sex sex = checks.choice("sex", body.sex(), Sex.class, false);
        checks.orFail();
        PatientDetails details = PatientDetails.basic(given, family, birthDate, sex, body.phone(), body.email());
        boolean confirmed = Boolean.TRUE.equals(body.confirmedNotDuplicate());
        if (!confirmed) {
            List<PatientService.PossibleDuplicate> duplicates = patients.possibleDuplicates(details);
            if (!duplicates.isEmpty()) {
                return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(duplicateError(duplicates)).build();
            }
        }
        Patient patient = patients.register(details, confirmed);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(patient.getId())).build();
        return Response.created(location).entity(PatientJson.of(patient)).build();
    }

    @GET
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    @Operation(operationId = "searchPatients", summary = "Search patients",
            description = "By name (\"doe\", \"doe, jane\", \"jane doe\"), chart number, phone digits or birth date; "
                    + "a page of at most " + MAX_PAGE + " patients, sorted by name. Counting stops at "
                    + PatientService.COUNTED_UP_TO + " (see more).")
    @APIResponse(responseCode = "200", description = "A page of patients",
            content = @Content(schema = @Schema(ref = "PatientPage")))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(schema = @Schema(ref = "Error")))
    public PatientPage search(
            @Parameter(description = "what to look for; empty lists everyone") @QueryParam("q") String q,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + MAX_PAGE + " (default 20)") @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, MAX_PAGE);
        checks.orFail();
        String text = q == null ? "" : q;
        List<PatientJson> items = patients.search(text, from, size).stream().map(PatientJson::of).toList();
        // a page that is not full says how many match by itself: the count is asked for only after a full
        // page or an empty one past the start (most phone and chart-number searches find one patient)
        boolean endSeen = items.size() < size && (from == 0 || !items.isEmpty());
        return PatientPage.of(endSeen ? (long) from + items.size() : patients.count(text), from, size, items);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    @Operation(operationId = "getPatient", summary = "Read a patient", description = "By the id the registration "
            + "answered (not the chart number).")
    @APIResponse(responseCode = "200", description = "The patient",
            content = @Content(schema = @Schema(ref = "Patient")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(schema = @Schema(ref = "Error")))
    public PatientJson find(@PathParam("id") String id) {
        FieldChecks checks = new FieldChecks();
        Long patientId = checks.id("id", id);
        checks.orFail();
        return PatientJson.of(patients.find(patientId == null ? 0 : patientId));
    }

    @POST
    @Path("{id}/break-glass")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "breakGlass", summary = "Open a patient outside your care team (break-glass)",
            description = "A practitioner may open their own patients and those booked at a location where they "
                    + "work; any other patient's record answers 403 until they give a reason here. The record is "
                    + "then open to them for eight hours. The reason is written to the audit trail as an "
                    + "EMERGENCY_ACCESS row, which administrators review.")
    @APIResponse(responseCode = "201", description = "Access given, with when it ends",
            content = @Content(schema = @Schema(ref = "BreakGlass")))
    @APIResponse(responseCode = "400", description = "No reason, or one too short or too long",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response breakGlass(@PathParam("id") String id, BreakGlassRequest body) {
        FieldChecks checks = new FieldChecks();
        Long patientId = checks.id("id", id);
        checks.orFail();
        org.artclinic.clinic.security.BreakGlassGrant grant = careTeam.breakGlass(patientId,
                body == null ? null : body.reason());
        return Response.status(Response.Status.CREATED)
                .entity(new BreakGlassJson(grant.getPatientId(), grant.getReason(), grant.getExpiresAt().toString())).build();
    }

    private static DuplicateError duplicateError(List<PatientService.PossibleDuplicate> duplicates) {
        List<DuplicateJson> found = duplicates.stream()
                .map(d -> new DuplicateJson(d.patient().getId(), d.patient().getChartNumber(),
                        d.patient().getFullName(), d.patient().getBirthDate(), d.reasons()))
                .toList();
        String names = String.join("; ", found.stream()
                .map(d -> d.name() + " (" + d.chartNumber() + ", " + String.join(", ", d.reasons()) + ")").toList());
        return new DuplicateError(org.artclinic.clinic.api.ApiText.text("patient.duplicate", names), found);
    }
}
