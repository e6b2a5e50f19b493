package org.artclinic.clinic.scheduling;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.core.StreamingOutput;

import org.artclinic.clinic.scheduling.AppointmentResource.AppointmentJson;

/**
 * A list of appointments written straight to the response with JSON-P, the same bytes JSON-B writes
 * for {@code List<AppointmentJson>} (properties in alphabetical order, nulls left out, times as
 * ISO-8601 with the offset), at a fraction of its cost. A location's week is over a thousand
 * appointments, and the calendar asks for it on every view; in a profile of the REST closed loop
 * (issue 14) JSON-B's reflective writing of the week was 14% of the request threads' time.
 * {@code AppointmentListJsonTest} holds it to JSON-B's output.
 */
final class AppointmentListJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private AppointmentListJson() {
    }

    static StreamingOutput of(List<AppointmentJson> appointments) {
        return out -> write(appointments, out);
    }

    static void write(List<AppointmentJson> appointments, OutputStream out) {
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartArray();
            for (AppointmentJson a : appointments) {
                json.writeStartObject();
                optional(json, "appointmentTypeId", a.appointmentTypeId());
                optional(json, "appointmentTypeName", a.appointmentTypeName());
                optional(json, "cancellationReason", a.cancellationReason());
                optional(json, "cancelledAt", a.cancelledAt());
                optional(json, "checkedInAt", a.checkedInAt());
                optional(json, "end", a.end());
                json.write("id", a.id());
                json.write("lateCancellation", a.lateCancellation());
                json.write("locationId", a.locationId());
                optional(json, "locationName", a.locationName());
                optional(json, "noShowAt", a.noShowAt());
                optional(json, "notes", a.notes());
                json.write("patientId", a.patientId());
                optional(json, "patientName", a.patientName());
                json.write("practitionerId", a.practitionerId());
                optional(json, "practitionerName", a.practitionerName());
                optional(json, "roomId", a.roomId());
                optional(json, "roomName", a.roomName());
                optional(json, "start", a.start());
                if (a.status() != null) {
                    json.write("status", a.status().name());
                }
                json.write("version", a.version());
                json.writeEnd();
            }
            json.writeEnd();
        }
    }

    private static void optional(JsonGenerator json, String name, Long value) {
        if (value != null) {
            json.write(name, value.longValue());
        }
    }

    private static void optional(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void optional(JsonGenerator json, String name, OffsetDateTime value) {
        if (value != null) {
            json.write(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }
}
