package org.artclinic.clinic.scheduling;

import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

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
import org.artclinic.clinic.api.ConflictError;
import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.api.InvalidRequestException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.setup.AppointmentType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The schedule over HTTP: book, list a range, and the day's steps (check-in, cancel, no-show).
 * Times go out in the location's offset, ISO-8601; they come in with any offset.
 */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Appointments")
public class AppointmentResource {

    /** The largest page of waitlist offers one request may ask for. */
    static final int MAX_OFFERS = 100;

    @EJB
    private SchedulingService scheduling;

    @Context
    private UriInfo uri;

    @Context
    private jakarta.ws.rs.core.SecurityContext security;

    @Schema(name = "NewAppointment", description = "An appointment to book.")
    public record NewAppointment(
            @Schema(format = "int64", required = true) Long patientId,
            @Schema(format = "int64", required = true) Long practitionerId,
            @Schema(format = "int64", description = "optional; required when the appointment type needs a room")
            Long roomId,
            @Schema(format = "int64", description = "optional; gives the length when end is missing")
            Long appointmentTypeId,
            @Schema(required = true, format = "date-time", example = "2026-03-02T09:30:00-05:00") String start,
            @Schema(format = "date-time", example = "2026-03-02T10:00:00-05:00",
                    description = "optional when an appointment type gives the length") String end,
            @Schema(description = "optional notes for the front desk and the practitioner") String notes,
            @Schema(description = "optional: taken from the room, or from where the practitioner works at that time")
            Long locationId,
            @Schema(description = "book although the patient already has a visit that day (otherwise 409)")
            Boolean confirmSameDay) {
    }

    @Schema(name = "Appointment",
            requiredProperties = {"id", "version", "status", "start", "end", "patientId", "patientName",
                    "practitionerId", "practitionerName", "locationId", "locationName", "lateCancellation"})
    public record AppointmentJson(@Schema(format = "int64") long id, @Schema(format = "int64") long version,
            AppointmentStatus status,
            OffsetDateTime start, OffsetDateTime end,
            @Schema(format = "int64") long patientId, String patientName,
            @Schema(format = "int64") long practitionerId, String practitionerName,
            @Schema(format = "int64") long locationId, String locationName,
            @Schema(format = "int64") Long roomId, String roomName,
            @Schema(format = "int64") Long appointmentTypeId, String appointmentTypeName, String notes,
            OffsetDateTime checkedInAt, OffsetDateTime cancelledAt, String cancellationReason,
            @Schema(description = "cancelled inside the notice period (late cancellation)") boolean lateCancellation,
            OffsetDateTime noShowAt) {

        static AppointmentJson of(Appointment a) {
            ZoneId zone = a.getLocation().getZone();
            Room room = a.getRoom();
            AppointmentType type = a.getAppointmentType();
            return new AppointmentJson(a.getId(), a.getVersion(), a.getStatus(),
                    at(a.getStartsAt(), zone), at(a.getEndsAt(), zone),
                    a.getPatient().getId(), a.getPatient().getFullName(),
                    a.getPractitioner().getId(), a.getPractitioner().getDisplayName(),
                    a.getLocation().getId(), a.getLocation().getName(),
                    room == null ? null : room.getId(), room == null ? null : room.getName(),
                    type == null ? null : type.getId(), type == null ? null : type.getName(), a.getNotes(),
                    at(a.getCheckedInAt(), zone), at(a.getCancelledAt(), zone), a.getCancellationReason(),
                    a.isLateCancellation(), at(a.getNoShowAt(), zone));
        }

        static AppointmentJson of(CalendarEntry a) {
            ZoneId zone = a.zone();
            return new AppointmentJson(a.id(), a.version(), a.status(), at(a.startsAt(), zone), at(a.endsAt(), zone),
                    a.patientId(), a.patientName(), a.practitionerId(), a.practitionerName(),
                    a.locationId(), a.locationName(), a.roomId(), a.roomName(),
                    a.appointmentTypeId(), a.appointmentTypeName(), a.notes(),
                    at(a.checkedInAt(), zone), at(a.cancelledAt(), zone), a.cancellationReason(),
                    a.lateCancellation(), at(a.noShowAt(), zone));
        }

        /**
         * The appointment as billing needs it (issue 13, minimum necessary): when, who, where, what
         * type and what became of it, but not the free text the desk typed (the booking's notes and
         * the reason for a cancellation), which often says why the patient comes or stays away.
         */
        AppointmentJson forBilling() {
            return new AppointmentJson(id, version, status, start, end, patientId, patientName, practitionerId,
                    practitionerName, locationId, locationName, roomId, roomName, appointmentTypeId,
                    appointmentTypeName, null, checkedInAt, cancelledAt, null, lateCancellation, noShowAt);
        }

        private static OffsetDateTime at(Instant instant, ZoneId zone) {
            return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
        }
    }

    @Schema(name = "CheckIn")
    public record CheckIn(@Schema(description = "copay collected at the desk, e.g. \"25.00\" (optional)")
            String copayCollected) {
    }

    @Schema(name = "Cancellation")
    public record Cancellation(@Schema(required = true, example = "Patient is ill") String reason) {
    }

    @Schema(name = "WaitlistOffer", description = "A waiting patient who would take the freed slot.",
            requiredProperties = {"waitlistEntryId", "patientId", "patientName", "days", "waitingSince"})
    public record WaitlistOfferJson(@Schema(format = "int64") long waitlistEntryId,
            @Schema(format = "int64") long patientId, String patientName, String phone,
            Set<DayOfWeek> days, LocalTime earliest, LocalTime latest, String note, Instant waitingSince) {

        static WaitlistOfferJson of(WaitlistEntry e) {
            return new WaitlistOfferJson(e.getId(), e.getPatient().getId(), e.getPatient().getFullName(),
                    e.getPatient().getPhone(), e.getDays(), e.getEarliest(), e.getLatest(), e.getNote(),
                    e.getCreatedAt());
        }
    }

    @Schema(name = "CancellationResult", description = "waitlistOffers: the first " + SchedulingService.OFFERS_AT_ONCE
            + " waitlisted patients who would take the slot, longest waiting first.",
            requiredProperties = {"appointment", "lateCancellation", "waitlistOffers", "moreWaitlistOffers"})
    public record CancellationJson(AppointmentJson appointment,
            @Schema(description = "true when cancelled inside the clinic's notice period") boolean lateCancellation,
            List<WaitlistOfferJson> waitlistOffers,
            @Schema(format = "int64",
                    description = "how many more would take it; GET /appointments/{id}/waitlist-offers lists them all")
            long moreWaitlistOffers) {
    }

    @Schema(name = "WaitlistOfferPage", requiredProperties = {"total", "first", "max", "items"})
    public record WaitlistOfferPage(@Schema(format = "int64") long total, int first, int max,
            List<WaitlistOfferJson> items) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FRONT_DESK)
    @Operation(operationId = "bookAppointment", summary = "Book an appointment",
            description = "Refused with 409 when the practitioner, the room or the patient is taken at that time, "
                    + "or when the practitioner does not work then; the message names what is in the way.")
    @APIResponse(responseCode = "201", description = "Booked; Location is the appointment's address",
            content = @Content(schema = @Schema(ref = "Appointment")))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, or a rule of the clinic",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Scheduling conflict",
            content = @Content(schema = @Schema(ref = "SchedulingConflict")))
    public Response book(NewAppointment body) {
        FieldChecks.requireBody(body);
        // the transport's part: values that cannot be read; what is missing or contradictory is the
        // booking contract's (BookingRequest), checked by the service for the calendar page alike
        FieldChecks checks = new FieldChecks();
        Long patientId = checks.id("patientId", body.patientId(), false);
        Long practitionerId = checks.id("practitionerId", body.practitionerId(), false);
        Long locationId = checks.id("locationId", body.locationId(), false);
        Long roomId = checks.id("roomId", body.roomId(), false);
        Long typeId = checks.id("appointmentTypeId", body.appointmentTypeId(), false);
        OffsetDateTime start = checks.dateTime("start", body.start(), false);
        OffsetDateTime end = checks.dateTime("end", body.end(), false);
        BookingRequest request = new BookingRequest(patientId, practitionerId, locationId, roomId, typeId,
                start == null ? null : start.toInstant(), end == null ? null : end.toInstant(), body.notes(),
                Boolean.TRUE.equals(body.confirmSameDay()));
        Appointment booked;
        try {
            if (checks.hasErrors()) {
                throw new InvalidBooking(request.problems());
            }
            booked = scheduling.book(request);
        } catch (InvalidBooking invalid) {
            // one 400 naming every field: the unreadable ones, then the contract's (once per field)
            java.util.Set<String> named = new java.util.HashSet<>();
            checks.errors().forEach(error -> named.add(error.field()));
            invalid.problems().stream().filter(problem -> named.add(problem.field()))
                    .forEach(problem -> checks.addText(problem.field(), problem.message()));
            throw new InvalidRequestException(checks.errors());
        }
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(booked.getId())).build();
        return Response.created(location).entity(AppointmentJson.of(booked)).build();
    }

    @GET
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    @Operation(operationId = "listAppointments", summary = "Appointments in a time range",
            description = "Appointments overlapping [from, to), at most 62 days, optionally of one practitioner "
                    + "and of one location (the calendar of a whole location); "
                    + "cancelled and no-show appointments included, sorted by start. A manager reads them as "
                    + "billing needs them: without the notes and the cancellation reason.")
    @APIResponse(responseCode = "200", description = "The appointments, sorted by start",
            content = @Content(schema = @Schema(ref = "AppointmentList")))
    @APIResponse(responseCode = "400", description = "Missing or invalid range",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response between(
            @Parameter(description = "a practitioner's id (optional)") @QueryParam("practitionerId") String practitionerId,
            @Parameter(description = "a location's id (optional)") @QueryParam("locationId") String locationId,
            @Parameter(required = true, description = "ISO-8601 with offset, e.g. 2026-03-02T00:00:00-05:00")
            @QueryParam("from") String from,
            @Parameter(required = true, description = "ISO-8601 with offset, exclusive") @QueryParam("to") String to) {
        FieldChecks checks = new FieldChecks();
        Long practitioner = checks.id("practitionerId", practitionerId);
        Long location = checks.id("locationId", locationId);
        OffsetDateTime start = checks.dateTime("from", from, true);
        OffsetDateTime end = checks.dateTime("to", to, true);
        checks.orFail();
        List<Long> practitioners = practitioner == null ? null : List.of(practitioner);
        List<CalendarEntry> found = location == null
                ? scheduling.between(start.toInstant(), end.toInstant(), practitioners, null)
                : scheduling.between(start.toInstant(), end.toInstant(), location, practitioners, null);
        boolean billingOnly = billingOnly();
        List<AppointmentJson> list = found.stream().map(AppointmentJson::of)
                .map(json -> billingOnly ? json.forBilling() : json).toList();
        return Response.ok(AppointmentListJson.of(list), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    @Operation(operationId = "getAppointment", summary = "Read an appointment",
            description = "With its status and, once they happened, check-in, cancellation and no-show times. "
                    + "A manager reads it without the notes and the cancellation reason.")
    @APIResponse(responseCode = "200", description = "The appointment",
            content = @Content(schema = @Schema(ref = "Appointment")))
    @APIResponse(responseCode = "404", description = "No such appointment",
            content = @Content(schema = @Schema(ref = "Error")))
    public AppointmentJson find(@PathParam("id") String id) {
        return shown(scheduling.appointment(id(id)));
    }

    /** A manager (without a desk or clinical role too) reads appointments as billing needs them. */
    private AppointmentJson shown(Appointment appointment) {
        AppointmentJson json = AppointmentJson.of(appointment);
        return billingOnly() ? json.forBilling() : json;
    }

    /** Whether the caller reads appointments as billing needs them: asked once per request, not per appointment. */
    private boolean billingOnly() {
        return !security.isUserInRole(Role.Names.FRONT_DESK) && !security.isUserInRole(Role.Names.PRACTITIONER);
    }

    @POST
    @Path("{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FRONT_DESK)
    @Operation(operationId = "checkInAppointment", summary = "Check a patient in",
            description = "Only on the day of the appointment, while booked. "
            + "The body (optional) gives the copay collected.")
    @APIResponse(responseCode = "200", description = "Checked in",
            content = @Content(schema = @Schema(ref = "Appointment")))
    @APIResponse(responseCode = "400", description = "Not possible now (the message says why)",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such appointment",
            content = @Content(schema = @Schema(ref = "Error")))
    public AppointmentJson checkIn(@PathParam("id") String id, CheckIn body) {
        long appointmentId = id(id);
        String copay = body == null ? null : body.copayCollected();
        Money collected = copay == null || copay.isBlank() ? null : Money.of(copay);
        return AppointmentJson.of(scheduling.checkIn(appointmentId, collected));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FRONT_DESK)
    @Operation(operationId = "cancelAppointment", summary = "Cancel an appointment",
            description = "Says whether it was a late cancellation and which waitlisted patients would take the slot.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(ref = "CancellationResult")))
    @APIResponse(responseCode = "400", description = "Missing reason, or not possible now",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such appointment",
            content = @Content(schema = @Schema(ref = "Error")))
    public CancellationJson cancel(@PathParam("id") String id, Cancellation body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        long appointmentId = id(id);
        String reason = checks.required("reason", body.reason());
        checks.orFail();
        CancellationResult result = scheduling.cancel(appointmentId, reason);
        AppointmentJson appointment = AppointmentJson.of(result.appointment());
        return new CancellationJson(appointment, appointment.lateCancellation(),
                result.offers().stream().map(WaitlistOfferJson::of).toList(), result.moreOffers());
    }

    @GET
    @Path("{id}/waitlist-offers")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    @Operation(operationId = "listWaitlistOffers",
            summary = "Waiting patients who would take a cancelled appointment's slot",
            description = "Roles FRONT_DESK and PRACTITIONER. All of them, a page at a time (at most " + MAX_OFFERS + "), longest waiting first; "
                    + "the cancellation itself lists only the first " + SchedulingService.OFFERS_AT_ONCE + ".")
    @APIResponse(responseCode = "200", description = "A page of waiting patients",
            content = @Content(schema = @Schema(ref = "WaitlistOfferPage")))
    @APIResponse(responseCode = "400", description = "Not cancelled, its slot already taken again or begun, or invalid "
            + "paging",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such appointment",
            content = @Content(schema = @Schema(ref = "Error")))
    public WaitlistOfferPage waitlistOffers(@PathParam("id") String id,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + MAX_OFFERS + " (default 20)") @QueryParam("max") String max) {
        long appointmentId = id(id);
        FieldChecks checks = new FieldChecks();
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, MAX_OFFERS);
        checks.orFail();
        List<WaitlistOfferJson> items = scheduling.offersFor(appointmentId, from, size).stream()
                .map(WaitlistOfferJson::of).toList();
        return new WaitlistOfferPage(scheduling.countOffersFor(appointmentId), from, size, items);
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed(Role.Names.FRONT_DESK)
    @Operation(operationId = "markNoShow", summary = "Mark a no-show",
            description = "Only once the appointment has started, and not after check-in.")
    @APIResponse(responseCode = "200", description = "Marked as a no-show",
            content = @Content(schema = @Schema(ref = "Appointment")))
    @APIResponse(responseCode = "400", description = "Not possible now (the message says why)",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such appointment",
            content = @Content(schema = @Schema(ref = "Error")))
    public AppointmentJson noShow(@PathParam("id") String id) {
        return AppointmentJson.of(scheduling.markNoShow(id(id)));
    }

    private static long id(String id) {
        return FieldChecks.pathId(id);
    }
}
