package org.artclinic.clinic.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error response: a message for the user and, for invalid input, one entry per
 * field (empty otherwise).
 */
@Schema(name = "Error", description = "errors: the fields that are wrong, for a 400; empty otherwise.",
        requiredProperties = {"message", "errors"})
public record ApiError(
        @Schema(description = "what went wrong, in words for the user") String message,
        // no @Schema here: Payara then loses the list's item type (the description is on the record)
        List<FieldError> errors) {

    public ApiError {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiError of(String message) {
        return new ApiError(message, List.of());
    }
}
