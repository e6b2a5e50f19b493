package org.artclinic.clinic.setup;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinic's set-up that API clients need for booking: practitioners, rooms, appointment types.
 * Practitioners and rooms accumulate over the years (inactive ones stay, past visits point at them),
 * so they come a page at a time, as patients do, filtered in the database; appointment types are the
 * clinic's short list of services and come whole.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Set-up")
public class SetupResource {

    /** At most this many practitioners or rooms per page. */
    static final int MAX_PAGE = 100;

    @EJB
    private ClinicSetupService setup;

    @Schema(name = "Practitioner", requiredProperties = {"id", "name", "discipline", "colour", "active"})
    public record PractitionerJson(@Schema(format = "int64") long id, String name, Discipline discipline,
            String colour, boolean active) {

        static PractitionerJson of(Practitioner p) {
            return new PractitionerJson(p.getId(), p.getDisplayName(), p.getDiscipline(), p.getColour(), p.isActive());
        }
    }

    @Schema(name = "Room", requiredProperties = {"id", "name", "locationId", "locationName", "timeZone", "active"})
    public record RoomJson(@Schema(format = "int64") long id, String name,
            @Schema(format = "int64") long locationId, String locationName, String timeZone,
            boolean active) {

        static RoomJson of(Room r) {
            return new RoomJson(r.getId(), r.getName(), r.getLocation().getId(), r.getLocation().getName(),
                    r.getLocation().getTimeZone(), r.isActive());
        }
    }

    @Schema(name = "AppointmentType",
            requiredProperties = {"id", "name", "durationMinutes", "needsRoom", "colour", "active"})
    public record AppointmentTypeJson(@Schema(format = "int64") long id, String name, int durationMinutes,
            boolean needsRoom, String colour,
            boolean active) {
    }

    @Schema(name = "PractitionerPage", requiredProperties = {"total", "first", "max", "items"})
    public record PractitionerPage(@Schema(format = "int64") long total, int first, int max,
            List<PractitionerJson> items) {
    }

    @Schema(name = "RoomPage", requiredProperties = {"total", "first", "max", "items"})
    public record RoomPage(@Schema(format = "int64") long total, int first, int max, List<RoomJson> items) {
    }

    @GET
    @Path("practitioners")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(operationId = "listPractitioners", summary = "Practitioners",
            description = "A page of at most " + MAX_PAGE + " practitioners, by name; all of them, or only the "
                    + "active (active=true) or inactive (active=false) ones.")
    @APIResponse(responseCode = "200", description = "A page of practitioners",
            content = @Content(schema = @Schema(ref = "PractitionerPage")))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(schema = @Schema(ref = "Error")))
    public PractitionerPage practitioners(
            @Parameter(description = "true: only active practitioners; false: only inactive ones; default all",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + MAX_PAGE + " (default 20)") @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        Boolean onlyActive = checks.flag("active", active);
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, MAX_PAGE);
        checks.orFail();
        List<PractitionerJson> items = setup.practitioners(onlyActive, from, size).stream()
                .map(PractitionerJson::of).toList();
        return new PractitionerPage(setup.countPractitioners(onlyActive), from, size, items);
    }

    @GET
    @Path("rooms")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(operationId = "listRooms", summary = "Rooms",
            description = "A page of at most " + MAX_PAGE + " rooms with their location, by location and name; "
                    + "of every location or of one (locationId), in use or not (active).")
    @APIResponse(responseCode = "200", description = "A page of rooms",
            content = @Content(schema = @Schema(ref = "RoomPage")))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(schema = @Schema(ref = "Error")))
    public RoomPage rooms(
            @Parameter(description = "only the rooms of this location (its id)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @QueryParam("locationId") String locationId,
            @Parameter(description = "true: only rooms in use; false: only rooms out of use; default all",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + MAX_PAGE + " (default 20)") @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        Long location = checks.id("locationId", locationId);
        Boolean inUse = checks.flag("active", active);
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, MAX_PAGE);
        checks.orFail();
        List<RoomJson> items = setup.rooms(location, inUse, from, size).stream().map(RoomJson::of).toList();
        return new RoomPage(setup.countRooms(location, inUse), from, size, items);
    }

    @GET
    @Path("appointment-types")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(operationId = "listAppointmentTypes", summary = "All appointment types",
            description = "With their length; including inactive ones. The clinic's short list of services, "
                    + "so not paged.")
    @APIResponse(responseCode = "200", description = "The appointment types",
            content = @Content(schema = @Schema(ref = "AppointmentTypeList")))
    public List<AppointmentTypeJson> appointmentTypes() {
        return setup.appointmentTypes().stream()
                .map(t -> new AppointmentTypeJson(t.getId(), t.getName(), t.getDurationMinutes(), t.isNeedsRoom(),
                        t.getColour(), t.isActive()))
                .toList();
    }
}
