package org.artclinic.clinic.protocol;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ART protocol library: practitioners and administrators read it; administrators create,
 * change (with the version last read), retire and reactivate protocols, import a library file and
 * export one. Other roles get 403 from the service. Protocols are never deleted.
 */
@Path("protocols")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Protocols")
public class ProtocolResource {

    static final String CSV = "text/csv";
    private static final int DEFAULT_PAGE = ProtocolLibrary.MAX_PAGE;

    @EJB
    private ProtocolLibrary library;

    @Context
    private UriInfo uri;

    @Schema(name = "ProtocolLink", requiredProperties = {"id", "name", "retired"},
            description = "A related structure up or down the kinetic chain: what to treat next.")
    public record LinkJson(@Schema(format = "int64") long id, String name,
            @Schema(description = "a retired protocol is not suggested") boolean retired) {
    }

    @JsonbNillable
    @Schema(name = "Protocol", requiredProperties = {"id", "version", "name", "regionGroup", "region", "structure",
            "tissue", "sides", "startPosition", "contactPoint", "tensionDirection", "movement", "typicalPasses",
            "indications", "links", "notes", "retired"})
    public record ProtocolJson(@Schema(format = "int64") long id,
            @Schema(format = "int64", description = "send it back with a change (optimistic locking)") long version,
            String name, RegionGroup regionGroup, BodyRegion region,
            @Schema(description = "the target structure, e.g. its origin and insertion") String structure,
            Tissue tissue,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "LEFT and RIGHT (each done on its own) or MIDLINE") List<Side> sides,
            @Schema(description = "the patient's start position, the tissue shortened") String startPosition,
            String contactPoint, String tensionDirection,
            @Schema(description = "the active or passive movement to the lengthened position") String movement,
            int typicalPasses,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "ICD-10-CM codes")
            List<String> indications,
            // no @Schema here: Payara then keeps the items a reference to ProtocolLink
            List<LinkJson> links,
            @Schema(nullable = true) String notes,
            @Schema(description = "retired: kept for the notes that name it, not offered for new entries")
            boolean retired) {

        static ProtocolJson of(Protocol p) {
            return new ProtocolJson(p.getId(), p.getVersion(), p.getName(), p.getRegionGroup(), p.getRegion(),
                    p.getStructure(), p.getTissue(), p.getSides(), p.getStartPosition(), p.getContactPoint(),
                    p.getTensionDirection(), p.getMovement(), p.getTypicalPasses(), p.getIndications(),
                    p.getLinks().stream().map(l -> new LinkJson(l.getId(), l.getName(), l.isRetired())).toList(),
                    p.getNotes(), p.isRetired());
        }
    }

    @Schema(name = "ProtocolInput", description = "A new protocol, or the whole of a changed one; version is "
            + "required for a change.")
    public record ProtocolInputJson(
            @Schema(format = "int64", description = "the version last read (changes only)") Long version,
            @Schema(required = true, example = "Pronator teres") String name,
            @Schema(required = true, implementation = RegionGroup.class) String regionGroup,
            @Schema(required = true, implementation = BodyRegion.class) String region,
            @Schema(required = true) String structure,
            @Schema(required = true, implementation = Tissue.class) String tissue,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class,
                    description = "LEFT and RIGHT, or MIDLINE") List<String> sides,
            @Schema(required = true) String startPosition,
            @Schema(required = true) String contactPoint,
            @Schema(required = true) String tensionDirection,
            @Schema(required = true) String movement,
            @Schema(required = true, minimum = "1", maximum = "10") Integer typicalPasses,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "ICD-10-CM codes, e.g. M77.01") List<String> indications,
            @Schema(type = SchemaType.ARRAY, implementation = Long.class,
                    description = "ids of the related protocols") List<Long> linkIds,
            String notes) {
    }

    @Schema(name = "ProtocolVersion", description = "The version last read, for a retirement or reactivation.")
    public record VersionJson(@Schema(required = true, format = "int64") Long version) {
    }

    @Schema(name = "ProtocolImportResult", requiredProperties = {"added", "updated", "unchanged"})
    public record ImportJson(int added, int updated, int unchanged) {
    }

    @Schema(name = "ProtocolFileRow", description = "One protocol of an import or export file (JSON: an array of "
            + "these; CSV: these columns, lists separated by semicolons). Links name protocols by name.",
            requiredProperties = {"name", "regionGroup", "region", "structure", "tissue", "sides", "startPosition",
                    "contactPoint", "tensionDirection", "movement", "typicalPasses"})
    public record FileRowJson(String name, RegionGroup regionGroup, BodyRegion region, String structure,
            Tissue tissue, @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "LEFT and RIGHT, or MIDLINE") List<Side> sides,
            String startPosition, String contactPoint, String tensionDirection, String movement, int typicalPasses,
            @Schema(type = SchemaType.ARRAY, implementation = String.class) List<String> indications,
            @Schema(type = SchemaType.ARRAY, implementation = String.class) List<String> links,
            String notes, ProtocolStatus status) {
    }

    @GET
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.ADMIN})
    @Operation(operationId = "listProtocols", summary = "Search the protocol library (PRACTITIONER, ADMIN)",
            description = "Protocols by name, at most " + ProtocolLibrary.MAX_PAGE + " per call (first, max); "
                    + "X-Total-Count gives how many match. Retired protocols only with retired=true.")
    @APIResponse(responseCode = "200", description = "The matching protocols",
            headers = @Header(name = "X-Total-Count", description = "how many protocols match the filters",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
            content = @Content(schema = @Schema(ref = "ProtocolList")))
    @APIResponse(responseCode = "400", description = "A filter or the paging is not valid",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Not a practitioner or administrator",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response list(
            @Parameter(description = "the body region", schema = @Schema(implementation = BodyRegion.class))
            @QueryParam("region") String region,
            @Parameter(description = "the start of the name, of a word in it, or of the structure")
            @QueryParam("q") String q,
            @Parameter(description = "the region group", schema = @Schema(implementation = RegionGroup.class))
            @QueryParam("regionGroup") String regionGroup,
            @Parameter(description = "the tissue", schema = @Schema(implementation = Tissue.class))
            @QueryParam("tissue") String tissue,
            @Parameter(description = "the start of a word of the target structure") @QueryParam("structure")
            String structure,
            @Parameter(description = "the start of an ICD-10-CM code, e.g. M54 or G56.0") @QueryParam("indication")
            String indication,
            @Parameter(description = "true: include retired protocols", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("retired") String retired,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "how many, 1 to " + ProtocolLibrary.MAX_PAGE + " (default "
                    + DEFAULT_PAGE + ")") @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        BodyRegion bodyRegion = checks.choice("region", region, BodyRegion.class, false);
        RegionGroup group = checks.choice("regionGroup", regionGroup, RegionGroup.class, false);
        Tissue kind = checks.choice("tissue", tissue, Tissue.class, false);
        Boolean withRetired = checks.flag("retired", retired);
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, DEFAULT_PAGE, 1, ProtocolLibrary.MAX_PAGE);
        ProtocolFilter filter = checks.valid("indication", () -> new ProtocolFilter(bodyRegion, group, kind,
                structure, indication, q, Boolean.TRUE.equals(withRetired)));
        checks.orFail();
        List<ProtocolJson> items = library.search(filter, from, size).stream().map(ProtocolJson::of).toList();
        return Response.ok(items).header("X-Total-Count", library.count(filter)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.ADMIN})
    @Operation(operationId = "getProtocol", summary = "Read a protocol (PRACTITIONER, ADMIN)",
            description = "Retired ones too; with the version to send back with a change.")
    @APIResponse(responseCode = "200", description = "The protocol",
            content = @Content(schema = @Schema(ref = "Protocol")))
    @APIResponse(responseCode = "400", description = "The id is not valid",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Not a practitioner or administrator",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such protocol",
            content = @Content(schema = @Schema(ref = "Error")))
    public ProtocolJson find(@PathParam("id") String id) {
        return ProtocolJson.of(library.find(FieldChecks.pathId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "createProtocol", summary = "Add a protocol to the library (ADMIN)",
            description = "The name is unique, ignoring case and accents, and carries no side.")
    @APIResponse(responseCode = "201", description = "Added; Location is its address",
            content = @Content(schema = @Schema(ref = "Protocol")))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule, or the name is taken",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response create(ProtocolInputJson body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        ProtocolDetails details = details(checks, body);
        List<Long> links = linkIds(checks, body.linkIds());
        checks.orFail();
        Protocol created = library.create(details, links);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(ProtocolJson.of(library.find(created.getId()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "updateProtocol", summary = "Change a protocol (ADMIN)",
            description = "The whole protocol with the version last read; its links are replaced by linkIds.")
    @APIResponse(responseCode = "200", description = "The protocol as saved",
            content = @Content(schema = @Schema(ref = "Protocol")))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule, the name is taken, or "
            + "someone else changed the protocol since the version sent",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such protocol",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Someone else saved the protocol at the same moment",
            content = @Content(schema = @Schema(ref = "Error")))
    public ProtocolJson update(@PathParam("id") String id, ProtocolInputJson body) {
        long protocolId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        if (body.version() == null) {
            checks.add("version", "error.required");
        }
        ProtocolDetails details = details(checks, body);
        List<Long> links = linkIds(checks, body.linkIds());
        checks.orFail();
        library.update(protocolId, body.version(), details, links);
        return ProtocolJson.of(library.find(protocolId));
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "retireProtocol", summary = "Retire a protocol (ADMIN)",
            description = "It is no longer offered for new entries nor suggested; notes that name it keep it. "
                    + "Protocols are never deleted.")
    @APIResponse(responseCode = "200", description = "The retired protocol",
            content = @Content(schema = @Schema(ref = "Protocol")))
    @APIResponse(responseCode = "400", description = "No version, retired already, or someone else changed it",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such protocol",
            content = @Content(schema = @Schema(ref = "Error")))
    public ProtocolJson retire(@PathParam("id") String id, VersionJson body) {
        return ProtocolJson.of(library.retire(FieldChecks.pathId(id), version(body)));
    }

    @POST
    @Path("{id}/reactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "reactivateProtocol", summary = "Bring a retired protocol back into use (ADMIN)",
            description = "It is offered for new entries and suggested again.")
    @APIResponse(responseCode = "200", description = "The protocol, in use again",
            content = @Content(schema = @Schema(ref = "Protocol")))
    @APIResponse(responseCode = "400", description = "No version, in use already, or someone else changed it",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such protocol",
            content = @Content(schema = @Schema(ref = "Error")))
    public ProtocolJson reactivate(@PathParam("id") String id, VersionJson body) {
        return ProtocolJson.of(library.reactivate(FieldChecks.pathId(id), version(body)));
    }

    @POST
    @Path("import")
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "importProtocols", summary = "Import a library file, CSV or JSON (ADMIN)",
            description = "Every row is checked first; if any is wrong the whole file is refused with one error per "
                    + "problem (field \"row N\") and nothing changes. Rows whose name is in the library update that "
                    + "protocol; the others are added. Links name protocols of the file or the library.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProtocolFile")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "a header row with the ProtocolFileRow names, then one protocol per row"))})
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(ref = "ProtocolImportResult")))
    @APIResponse(responseCode = "400", description = "The file was refused: one error per problem, by row",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response importFile(@Context HttpServletRequest request) throws IOException {
        // the body is read here rather than as a parameter, so the document describes it as declared above;
        // a JSON body was read already by WellFormedText, which kept it for this
        byte[] body = request.getAttribute(org.artclinic.clinic.api.WellFormedText.BODY) instanceof byte[] kept ? kept
                : request.getInputStream().readAllBytes();
        String content = new String(body, StandardCharsets.UTF_8);
        String contentType = request.getContentType();
        ProtocolFile.Format format = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(CSV)
                ? ProtocolFile.Format.CSV : ProtocolFile.Format.JSON;
        try {
            ImportResult result = library.importFile(content, format);
            return Response.ok(new ImportJson(result.added(), result.updated(), result.unchanged())).build();
        } catch (InvalidProtocolFile e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(ProtocolImportText.REFUSED, rowErrors(e))).build();
        }
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "exportProtocols", summary = "Export the whole library, CSV or JSON (ADMIN)",
            description = "Retired protocols included, in the format import reads.")
    @APIResponse(responseCode = "200", description = "The library file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProtocolFile")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The format is not csv or json",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response export(@Parameter(description = "csv or json (default json)",
            schema = @Schema(enumeration = {"csv", "json"})) @QueryParam("format") String format) {
        FieldChecks checks = new FieldChecks();
        ProtocolFile.Format chosen = format == null || format.isBlank() ? ProtocolFile.Format.JSON
                : checks.choice("format", format, ProtocolFile.Format.class, false);
        checks.orFail();
        return Response.ok(library.export(chosen), chosen.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ProtocolImportText.fileName(chosen) + "\"")
                .build();
    }

    /** The problems of a refused file as field errors named by row ("row 3"). */
    static List<FieldError> rowErrors(InvalidProtocolFile e) {
        List<FieldError> errors = new ArrayList<>();
        for (String problem : e.problems()) {
            int colon = problem.indexOf(": ");
            boolean byRow = problem.startsWith("Row ") && colon > 0;
            errors.add(new FieldError(byRow ? problem.substring(0, colon).toLowerCase(Locale.ROOT) : "file",
                    byRow ? problem.substring(colon + 2) : problem));
        }
        return errors;
    }

    private static long version(VersionJson body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        if (body.version() == null) {
            checks.add("version", "error.required");
        }
        checks.orFail();
        return body.version();
    }

    private static ProtocolDetails details(FieldChecks checks, ProtocolInputJson body) {
        String name = checks.required("name", body.name());
        RegionGroup group = checks.choice("regionGroup", body.regionGroup(), RegionGroup.class, true);
        BodyRegion region = checks.choice("region", body.region(), BodyRegion.class, true);
        String structure = checks.required("structure", body.structure());
        Tissue tissue = checks.choice("tissue", body.tissue(), Tissue.class, true);
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (body.sides() == null || body.sides().isEmpty()) {
            checks.add("sides", "error.required");
        } else {
            for (String side : body.sides()) {
                Side one = checks.choice("sides", side, Side.class, true);
                if (one != null) {
                    sides.add(one);
                }
            }
        }
        String start = checks.required("startPosition", body.startPosition());
        String contact = checks.required("contactPoint", body.contactPoint());
        String tension = checks.required("tensionDirection", body.tensionDirection());
        String movement = checks.required("movement", body.movement());
        if (body.typicalPasses() == null) {
            checks.add("typicalPasses", "error.required");
        }
        if (checks.hasErrors()) {
            return null;
        }
        return checks.valid("protocol", () -> new ProtocolDetails(name, group, region, structure, tissue, sides, start,
                contact, tension, movement, body.typicalPasses(), body.indications(), body.notes()));
    }

    private static List<Long> linkIds(FieldChecks checks, List<Long> ids) {
        List<Long> links = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            Long checked = checks.id("linkIds", id, true);
            if (checked != null) {
                links.add(checked);
            }
        }
        return links;
    }
}
