package org.artclinic.clinic.charting;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.intake.IntakeJson;
import org.artclinic.clinic.intake.IntakeRequests;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Visit notes (role PRACTITIONER; decision 0031): open the note of an appointment, write its SOAP,
 * add the services given, sign it with your password, then only add addenda. After the signature
 * every change answers 409; a treatment the patient's screening holds answers 409 naming the
 * reason; a change to another practitioner's note answers 403.
 */
@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Visits")
public class VisitResource {

    private static final int MAX_PAGE = 100;

    @EJB
    private VisitNoteService notes;

    @Schema(name = "VisitService", requiredProperties = {"id", "code", "description", "timed", "minutes", "regions",
            "diagnosisCodes"})
    @JsonbNillable
    public record ServiceJson(@Schema(format = "int64") long id, @Schema(example = "97110") String code,
            String description, boolean timed,
            @Schema(nullable = true, description = "one-on-one minutes of a timed code; null for an untimed one")
            Integer minutes,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "body regions (the intake's list), or spinal regions for 98940-98942") List<String> regions,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "ICD-10-CM codes, at most 4")
            List<String> diagnosisCodes) {

        static ServiceJson of(VisitServiceLine line) {
            ChartedService service = line.getService();
            return new ServiceJson(line.getId(), line.getCode(), service.words(), service.isTimed(), line.getMinutes(),
                    line.getRegions(), line.getDiagnosisCodes());
        }
    }

    @JsonbNillable
    @Schema(name = "ArtEntry", requiredProperties = {"id", "protocolId", "protocolName", "regionGroup", "region", "side",
            "passes", "tension", "painBefore", "painAfter", "movement", "romBefore", "romAfter", "response"})
    public record ArtEntryJson(@Schema(format = "int64") long id, @Schema(format = "int64") long protocolId,
            String protocolName, String regionGroup, String region,
            @Schema(enumeration = {"LEFT", "RIGHT", "BOTH", "MIDLINE"}) String side, int passes,
            @Schema(enumeration = {"LIGHT", "MODERATE", "FIRM"}) String tension,
            @Schema(nullable = true, description = "0-10") Integer painBefore,
            @Schema(nullable = true, description = "0-10") Integer painAfter,
            @Schema(nullable = true, example = "SHOULDER_ABDUCTION",
                    description = "the movement romBefore and romAfter measure") String movement,
            @Schema(nullable = true, description = "degrees") Integer romBefore,
            @Schema(nullable = true, description = "degrees") Integer romAfter,
            @Schema(nullable = true) String response) {

        static ArtEntryJson of(ArtEntry entry) {
            return new ArtEntryJson(entry.getId(), entry.getProtocol().getId(), entry.getProtocol().getName(),
                    entry.getProtocol().getRegionGroup().name(), entry.getProtocol().getRegion().name(),
                    entry.getSide().name(), entry.getPasses(), entry.getTension().name(), entry.getPainBefore(),
                    entry.getPainAfter(), entry.getMovement() == null ? null : entry.getMovement().name(),
                    entry.getRomBefore(), entry.getRomAfter(), entry.getResponse());
        }
    }

    @Schema(name = "RomRetest", requiredProperties = {"movement", "side", "degrees", "normalDegrees"})
    public record RomJson(@Schema(example = "SHOULDER_ABDUCTION") String movement,
            @Schema(enumeration = {"LEFT", "RIGHT", "MIDLINE"}, description = "MIDLINE for a movement without sides")
            String side, int degrees,
            @Schema(description = "the movement's normal (AAOS average) when it was measured") int normalDegrees) {

        static RomJson of(RangeOfMotion rom) {
            return new RomJson(rom.getMovement().name(), rom.getSide().name(), rom.getDegrees(),
                    rom.getNormalDegrees());
        }
    }

    @Schema(name = "NewArtEntry", description = "One protocol applied; pain and range of motion are optional.")
    public record NewArtEntryJson(@Schema(required = true, format = "int64") Long protocolId,
            @Schema(required = true, enumeration = {"LEFT", "RIGHT", "BOTH", "MIDLINE"}) String side,
            @Schema(required = true, minimum = "1", maximum = "10") Integer passes,
            @Schema(required = true, enumeration = {"LIGHT", "MODERATE", "FIRM"}) String tension,
            @Schema(minimum = "0", maximum = "10") Integer painBefore,
            @Schema(minimum = "0", maximum = "10") Integer painAfter,
            @Schema(example = "SHOULDER_ABDUCTION", description = "the movement re-tested; required with romBefore or "
                    + "romAfter") String movement,
            @Schema(description = "degrees, the re-tested movement before") Integer romBefore,
            @Schema(description = "degrees, the re-tested movement after") Integer romAfter,
            @Schema(description = "how the patient responded, at most 500 characters") String response) {
    }

    @Schema(name = "SuggestedProtocol", requiredProperties = {"id", "name", "region"})
    public record SuggestionJson(@Schema(format = "int64") long id, String name, String region) {
    }

    @Schema(name = "VisitAddendum", requiredProperties = {"id", "text", "writtenBy", "writtenAt"})
    public record AddendumJson(@Schema(format = "int64") long id, String text, String writtenBy,
            OffsetDateTime writtenAt) {

        static AddendumJson of(Addendum addendum) {
            return new AddendumJson(addendum.getId(), addendum.getText(), addendum.getWrittenBy(),
                    utc(addendum.getWrittenAt()));
        }
    }

    @JsonbNillable
    @Schema(name = "Visit", requiredProperties = {"id", "version", "appointmentId", "patientId", "practitionerId",
            "status", "visitStartsAt", "visitEndsAt", "subjective", "objective", "assessment", "plan", "painToday",
            "openedAt", "openedBy", "signedAt", "signedBy", "late", "romRetests", "artEntries", "services", "addenda"})
    public record VisitJson(@Schema(format = "int64") long id,
            @Schema(format = "int64", description = "send it back with a SOAP change (optimistic locking)") long version,
            @Schema(format = "int64") long appointmentId, @Schema(format = "int64") long patientId,
            @Schema(format = "int64") long practitionerId,
            @Schema(enumeration = {"DRAFT", "SIGNED"}) String status,
            OffsetDateTime visitStartsAt, OffsetDateTime visitEndsAt,
            @Schema(nullable = true) String subjective, @Schema(nullable = true) String objective,
            @Schema(nullable = true) String assessment, @Schema(nullable = true) String plan,
            @Schema(nullable = true, description = "0-10") Integer painToday,
            OffsetDateTime openedAt, String openedBy,
            @Schema(nullable = true) OffsetDateTime signedAt, @Schema(nullable = true) String signedBy,
            @Schema(description = "signed more than 24 hours after the visit ended") boolean late,
            List<RomJson> romRetests,
            List<ArtEntryJson> artEntries, List<ServiceJson> services, List<AddendumJson> addenda) {

        static VisitJson of(VisitNote note) {
            Soap soap = note.getSoap();
            return new VisitJson(note.getId(), note.getVersion(), note.getAppointment().getId(),
                    note.getPatient().getId(), note.getPractitioner().getId(), note.getStatus().name(),
                    utc(note.getVisitStartsAt()), utc(note.getVisitEndsAt()), soap.subjective(), soap.objective(),
                    soap.assessment(), soap.plan(), soap.painToday(), utc(note.getOpenedAt()), note.getOpenedBy(),
                    note.getSignedAt() == null ? null : utc(note.getSignedAt()), note.getSignedBy(), note.isLate(),
                    note.getRomRetests().stream().map(RomJson::of).toList(),
                    note.getArtEntries().stream().map(ArtEntryJson::of).toList(),
                    note.getServices().stream().map(ServiceJson::of).toList(),
                    note.getAddenda().stream().map(AddendumJson::of).toList());
        }
    }

    @Schema(name = "VisitPage", requiredProperties = {"total", "first", "max", "items"})
    public record VisitPage(@Schema(format = "int64") long total, int first, int max, List<VisitJson> items) {
    }

    @Schema(name = "OpenVisit")
    public record OpenJson(@Schema(required = true, format = "int64") Long appointmentId) {
    }

    @Schema(name = "VisitSoap", description = "Replaces the four parts and the pain score; version is optional.")
    public record SoapJson(String subjective, String objective, String assessment, String plan,
            @Schema(minimum = "0", maximum = "10") Integer painToday,
            @Schema(format = "int64", description = "the version last read; a newer note answers 400") Long version) {
    }

    @Schema(name = "NewVisitService")
    public record NewServiceJson(@Schema(required = true, example = "97140") String code,
            @Schema(description = "one-on-one minutes, for timed codes only", example = "20") Integer minutes,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class,
                    description = "body regions such as SHOULDER, or for 98940-98942 spinal regions such as CERVICAL")
            List<String> regions,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "ICD-10-CM codes such as M75.41, at most 4") List<String> diagnosisCodes) {
    }

    @Schema(name = "SignVisit")
    public record SignJson(@Schema(required = true, description = "your own password, to confirm") String password) {
    }

    @Schema(name = "NewAddendum")
    public record NewAddendumJson(@Schema(required = true) String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "openVisit", summary = "Open the note of one of your appointments",
            description = "A draft for a visit of today or an earlier day (a late entry), not cancelled or missed. "
                    + "When the note is open already, the answer is that note (200).")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(ref = "Visit")))
    @APIResponse(responseCode = "200", description = "It was open already",
            content = @Content(schema = @Schema(ref = "Visit")))
    @APIResponse(responseCode = "400", description = "No appointment id", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's appointment",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such appointment",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "A future, cancelled or missed visit",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response open(OpenJson body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long appointmentId = checks.id("appointmentId", body.appointmentId(), true);
        checks.orFail();
        VisitNoteService.Opened opened = notes.open(appointmentId);
        VisitJson json = VisitJson.of(opened.note());
        return opened.created()
                ? Response.created(URI.create("visits/" + json.id())).entity(json).build()
                : Response.ok(json).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "getVisit", summary = "Read a visit note with its services and addenda",
            description = "Any practitioner reads the clinic's notes; a signed note shows as signed, with its addenda.")
    @APIResponse(responseCode = "200", description = "The note", content = @Content(schema = @Schema(ref = "Visit")))
    @APIResponse(responseCode = "404", description = "No such note", content = @Content(schema = @Schema(ref = "Error")))
    public VisitJson find(@PathParam("id") String id) {
        return VisitJson.of(notes.find(FieldChecks.pathId(id)));
    }

    @GET
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "listVisits", summary = "A page of a patient's visit notes, newest visit first",
            description = "Drafts and signed notes, each with its services and addenda.")
    @APIResponse(responseCode = "200", description = "A page of notes",
            content = @Content(schema = @Schema(ref = "VisitPage")))
    @APIResponse(responseCode = "400", description = "No patient, or invalid paging",
            content = @Content(schema = @Schema(ref = "Error")))
    public VisitPage list(
            @Parameter(required = true, description = "the patient", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int64")) @QueryParam("patientId") String patientId,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + MAX_PAGE + " (default 20)") @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        Long patient = checks.id("patientId", patientId);
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, MAX_PAGE);
        if (patient == null && !checks.hasErrors()) {
            checks.add("patientId", "error.required");
        }
        checks.orFail();
        return new VisitPage(notes.countOfPatient(patient), from, size,
                notes.ofPatient(patient, from, size).stream().map(VisitJson::of).toList());
    }

    @PUT
    @Path("{id}/soap")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "writeVisitSoap", summary = "Write the SOAP of a draft note of yours",
            description = "Replaces subjective, objective, assessment, plan and the pain score (0-10); empty parts are "
                    + "cleared. Send the version last read to be told (400, as for every stale edit here) when the note "
                    + "changed meanwhile.")
    @APIResponse(responseCode = "200", description = "The note as saved", content = @Content(schema = @Schema(ref = "Visit")))
    @APIResponse(responseCode = "400", description = "A part is too long, the pain score is off the scale, or the note "
            + "changed since the version sent",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's note",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such note", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The note is signed",
            content = @Content(schema = @Schema(ref = "Error")))
    public VisitJson writeSoap(@PathParam("id") String id, SoapJson body) {
        long noteId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        return VisitJson.of(notes.writeSoap(noteId, body.version(),
                new Soap(body.subjective(), body.objective(), body.assessment(), body.plan(), body.painToday())));
    }

    @PUT
    @Path("{id}/rom")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "writeVisitRomRetests", summary = "Record the range-of-motion re-tests of a draft note of "
            + "yours", description = "Replaces the objective's re-tests with the list sent ([] clears them): each a "
                    + "movement of the intake's list, LEFT or RIGHT for a movement measured per side (none for a "
                    + "midline one), and degrees within the movement's plausible range; one value per movement and "
                    + "side. Send the version last read to be told (409) when the note changed meanwhile. Once the "
                    + "note is signed the re-tests never change (the database refuses it too).")
    @APIResponse(responseCode = "200", description = "The note as saved", content = @Content(schema = @Schema(ref = "Visit")))
    @APIResponse(responseCode = "400", description = "A movement, side or value is missing or out of range, or a movement "
            + "and side is given twice; one message per field, nothing saved",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's note",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such note", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The note is signed, or changed since the version sent",
            content = @Content(schema = @Schema(ref = "Error")))
    public VisitJson writeRom(@PathParam("id") String id,
            @Parameter(description = "the version last read (optimistic locking)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("version") String version,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RangeOfMotionList"))) List<IntakeJson.Rom> body) {
        long noteId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long expected = version == null || version.isBlank() ? null
                : (long) checks.number("version", version, 0, 0, Integer.MAX_VALUE);
        if (body.size() > VisitNote.MAX_ROM_RETESTS) {
            checks.addText("body", "At most " + VisitNote.MAX_ROM_RETESTS + " re-tests, one per movement and side.");
            checks.orFail();
        }
        List<RangeOfMotion> retests = IntakeRequests.rangeOfMotion(checks, "", body);
        checks.orFail();
        return VisitJson.of(notes.retest(noteId, expected, retests));
    }

    @POST
    @Path("{id}/art-entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "addArtEntry", summary = "Chart one ART protocol on a draft note of yours",
            description = "Refused (409, naming the reason) when the patient's screening holds treatment of the "
                    + "protocol's region, or when your licence or the ART certification of the protocol's group is "
                    + "not current.")
    @APIResponse(responseCode = "201", description = "Charted", content = @Content(schema = @Schema(ref = "ArtEntry")))
    @APIResponse(responseCode = "400", description = "A field is missing or out of range, or the protocol is not done "
            + "on that side", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's note",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such note or protocol",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Signed, held by the screening, or a credential is missing",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response addArtEntry(@PathParam("id") String id, NewArtEntryJson body) {
        long noteId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long protocolId = checks.id("protocolId", body.protocolId(), true);
        org.artclinic.clinic.intake.Side side = checks.choice("side", body.side(), org.artclinic.clinic.intake.Side.class,
                true);
        Tension tension = checks.choice("tension", body.tension(), Tension.class, true);
        RomMovement movement = checks.choice("movement", body.movement(), RomMovement.class, false);
        if (body.passes() == null) {
            checks.add("passes", "error.required");
        }
        checks.orFail();
        ArtEntry entry = notes.addArtEntry(noteId, protocolId, new ArtEntry.Request(side, body.passes(), tension,
                body.painBefore(), body.painAfter(), movement, body.romBefore(), body.romAfter(), body.response()));
        return Response.status(Response.Status.CREATED).entity(ArtEntryJson.of(entry)).build();
    }

    @DELETE
    @Path("{id}/art-entries/{entryId}")
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "removeArtEntry", summary = "Remove an ART entry from a draft note of yours",
            description = "Only while the note is a draft.")
    @APIResponse(responseCode = "200", description = "The note as saved", content = @Content(schema = @Schema(ref = "Visit")))
    @APIResponse(responseCode = "403", description = "Another practitioner's note",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such note or entry",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The note is signed", content = @Content(schema = @Schema(ref = "Error")))
    public VisitJson removeArtEntry(@PathParam("id") String id, @PathParam("entryId") String entryId) {
        return VisitJson.of(notes.removeArtEntry(FieldChecks.pathId(id), FieldChecks.pathId(entryId)));
    }

    @GET
    @Path("{id}/suggestions")
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "suggestNextProtocols", summary = "Protocols to treat next on this note",
            description = "The kinetic-chain links of the protocols charted on the note that are in use and not "
                    + "charted yet.")
    @APIResponse(responseCode = "200", description = "The suggestions, in the order the entries were made",
            content = @Content(schema = @Schema(ref = "SuggestedProtocolList")))
    @APIResponse(responseCode = "404", description = "No such note", content = @Content(schema = @Schema(ref = "Error")))
    public List<SuggestionJson> suggestions(@PathParam("id") String id) {
        return notes.suggestions(FieldChecks.pathId(id)).stream()
                .map(p -> new SuggestionJson(p.getId(), p.getName(), p.getRegion().name())).toList();
    }

    @GET
    @Path("{id}/previous-entries")
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "previousArtEntries", summary = "The ART entries of the patient's previous visit",
            description = "The entries of the latest earlier visit of the same patient that has any: the defaults a "
                    + "follow-up starts from (protocol, side, passes, tension). Empty for a first visit.")
    @APIResponse(responseCode = "200", description = "The previous visit's entries, in the order they were made",
            content = @Content(schema = @Schema(ref = "ArtEntryList")))
    @APIResponse(responseCode = "404", description = "No such note", content = @Content(schema = @Schema(ref = "Error")))
    public List<ArtEntryJson> previousEntries(@PathParam("id") String id) {
        return notes.previousEntries(FieldChecks.pathId(id)).stream().map(ArtEntryJson::of).toList();
    }

    @POST
    @Path("{id}/services")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "addVisitService", summary = "Add a service to a draft note of yours",
            description = "Minutes only for timed codes; regions from the intake's list, or for 98940-98942 the "
                    + "spinal regions treated (CERVICAL, THORACIC, LUMBAR, SACRAL, PELVIC). A treatment is refused "
                    + "while the patient's screening holds it; an evaluation code is always allowed.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(ref = "VisitService")))
    @APIResponse(responseCode = "400", description = "Unknown code, missing minutes or regions, a bad diagnosis code",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's note",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such note", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The note is signed, or the screening holds this treatment",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response addService(@PathParam("id") String id, NewServiceJson body) {
        long noteId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        String code = checks.required("code", body.code());
        checks.orFail();
        VisitServiceLine line = notes.addService(noteId,
                VisitServiceLine.ServiceRequest.of(code, body.minutes(), body.regions(), body.diagnosisCodes()));
        return Response.status(Response.Status.CREATED).entity(ServiceJson.of(line)).build();
    }

    @DELETE
    @Path("{id}/services/{serviceId}")
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "removeVisitService", summary = "Remove a service from a draft note of yours",
            description = "Only while the note is a draft.")
    @APIResponse(responseCode = "200", description = "The note as saved", content = @Content(schema = @Schema(ref = "Visit")))
    @APIResponse(responseCode = "403", description = "Another practitioner's note",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such note or service",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The note is signed", content = @Content(schema = @Schema(ref = "Error")))
    public VisitJson removeService(@PathParam("id") String id, @PathParam("serviceId") String serviceId) {
        return VisitJson.of(notes.removeService(FieldChecks.pathId(id), FieldChecks.pathId(serviceId)));
    }

    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "signVisit", summary = "Sign a draft note of yours with your password",
            description = "From then on the note, its services and its entries never change (the database refuses it "
                    + "too); corrections are addenda. A signature more than 24 hours after the visit is marked late.")
    @APIResponse(responseCode = "200", description = "Signed", content = @Content(schema = @Schema(ref = "Visit")))
    @APIResponse(responseCode = "400", description = "Wrong password, or nothing written to sign",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's note",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such note", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Signed already", content = @Content(schema = @Schema(ref = "Error")))
    public VisitJson sign(@PathParam("id") String id, SignJson body) {
        long noteId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        String password = checks.required("password", body.password());
        checks.orFail();
        return VisitJson.of(notes.sign(noteId, password));
    }

    @POST
    @Path("{id}/addenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "addVisitAddendum", summary = "Add an addendum to a signed note of yours",
            description = "A correction or addition with its author and time; the signed note stays as it was.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(ref = "VisitAddendum")))
    @APIResponse(responseCode = "400", description = "No text, or too long",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Another practitioner's note",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such note", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The note is a draft: edit it instead",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response addAddendum(@PathParam("id") String id, NewAddendumJson body) {
        long noteId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        Addendum addendum = notes.amend(noteId, body.text());
        return Response.status(Response.Status.CREATED).entity(AddendumJson.of(addendum)).build();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
