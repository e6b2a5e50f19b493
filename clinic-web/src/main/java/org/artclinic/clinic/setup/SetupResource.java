package org.artclinic.clinic.setup;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The clinic's set-up that API clients need for booking: practitioners, rooms, appointment types. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Set-up")
public class SetupResource {

    @EJB
    private ClinicSetupService setup;

    @Schema(name = "Practitioner")
    public record PractitionerJson(@Schema(format = "int64") long id, String name, Discipline discipline,
            String colour, boolean active) {
    }

    @Schema(name = "Room")
    public record RoomJson(@Schema(format = "int64") long id, String name,
            @Schema(format = "int64") long locationId, String locationName, String timeZone,
            boolean active) {
    }

    @Schema(name = "AppointmentType")
    public record AppointmentTypeJson(@Schema(format = "int64") long id, String name, int durationMinutes,
            boolean needsRoom, String colour,
            boolean active) {
    }

    @GET
    @Path("practitioners")
    @Operation(operationId = "listPractitioners", summary = "All practitioners",
            description = "Including inactive ones (active = false), by name.")
    @APIResponse(responseCode = "200", description = "The practitioners",
            content = @Content(schema = @Schema(ref = "PractitionerList")))
    public List<PractitionerJson> practitioners() {
        return setup.practitioners().stream()
                .map(p -> new PractitionerJson(p.getId(), p.getDisplayName(), p.getDiscipline(), p.getColour(),
                        p.isActive()))
                .toList();
    }

    @GET
    @Path("rooms")
    @Operation(operationId = "listRooms", summary = "All rooms",
            description = "With their location; including rooms out of use (active = false).")
    @APIResponse(responseCode = "200", description = "The rooms",
            content = @Content(schema = @Schema(ref = "RoomList")))
    public List<RoomJson> rooms() {
        return setup.rooms().stream()
                .map(r -> new RoomJson(r.getId(), r.getName(), r.getLocation().getId(), r.getLocation().getName(),
                        r.getLocation().getTimeZone(), r.isActive()))
                .toList();
    }

    @GET
    @Path("appointment-types")
    @Operation(operationId = "listAppointmentTypes", summary = "All appointment types",
            description = "With their length; including inactive ones.")
    @APIResponse(responseCode = "200", description = "The appointment types",
            content = @Content(schema = @Schema(ref = "AppointmentTypeList")))
    public List<AppointmentTypeJson> appointmentTypes() {
        return setup.appointmentTypes().stream()
                .map(t -> new AppointmentTypeJson(t.getId(), t.getName(), t.getDurationMinutes(), t.isNeedsRoom(),
                        t.getColour(), t.isActive()))
                .toList();
    }
}
