package org.artclinic.clinic.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 409 from the schedule: what is in the way, one sentence per conflict. */
@Schema(name = "SchedulingConflict", requiredProperties = {"message", "conflicts"})
public record ConflictError(
        @Schema(description = "all conflicts in one message, for the user") String message,
        @Schema(type = SchemaType.ARRAY, implementation = String.class,
                description = "each conflict on its own, e.g. the appointment already booked")
        List<String> conflicts) {
}
