package org.artclinic.clinic.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One problem with one field of a request, e.g. {@code {"field": "birthDate", "message": "..."}}. */
@Schema(name = "FieldError", requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(description = "the request field (JSON property or query parameter)", example = "birthDate")
        String field,
        @Schema(description = "what is wrong, for the user", example = "Enter a date as YYYY-MM-DD.")
        String message) {
}
