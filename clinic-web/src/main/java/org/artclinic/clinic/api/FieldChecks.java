package org.artclinic.clinic.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.artclinic.clinic.common.DomainException;

/**
 * Reads the fields of a request, collecting every problem, so that one 400 names all wrong fields
 * at once. Dates, times, enums and numbers arrive as text and are parsed here: a bad value is a
 * field error, never a 500. Call {@link #orFail()} once everything is read.
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    public String required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "error.required");
            return null;
        }
        return value.strip();
    }

    public LocalDate date(String field, String value, boolean required) {
        if (isMissing(field, value, required)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "error.date");
            return null;
        }
    }

    /** An ISO-8601 date-time with an offset, e.g. {@code 2026-03-02T09:30:00-05:00}. */
    public OffsetDateTime dateTime(String field, String value, boolean required) {
        if (isMissing(field, value, required)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "error.dateTime");
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        if (isMissing(field, value, required)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, ApiText.text("error.choice", Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")))));
            return null;
        }
    }

    public Long id(String field, Long value, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "error.required");
            }
            return null;
        }
        if (value <= 0) {
            add(field, "error.id");
            return null;
        }
        return value;
    }

    /** A whole number given as a query parameter, within [min, max]; {@code fallback} when absent. */
    public int number(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, ApiText.text("error.number", min, max)));
        return fallback;
    }

    /** {@code true} or {@code false} given as a query parameter, e.g. a filter; null when absent. */
    public Boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        add(field, "error.flag");
        return null;
    }

    /** The record id in a path such as {@code /users/{id}}: a 400 naming {@code id} unless it is one. */
    public static long pathId(String value) {
        FieldChecks checks = new FieldChecks();
        Long id = checks.id("id", value);
        if (id == null && (value == null || value.isBlank())) {
            checks.add("id", "error.required");
        }
        checks.orFail();
        return id;
    }

    /** A record id given as a query parameter; null when absent. */
    public Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return id(field, Long.valueOf(value.strip()), false);
        } catch (NumberFormatException e) {
            add(field, "error.id");
            return null;
        }
    }

    /**
     * Builds a value whose constructor checks a domain rule; the rule's message becomes this field's
     * error, e.g. {@code rangeOfMotion[0].degrees}. Returns null when the rule refused it.
     */
    public <T> T valid(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void add(String field, String key, Object... arguments) {
        errors.add(new FieldError(field, ApiText.text(key, arguments)));
    }

    /** A problem already in words for the user, e.g. from a request contract checked by a service. */
    public void addText(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** The problems found so far, in the order found. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void orFail() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** A request without a body where one is required. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldError("body", ApiText.text("error.body"))));
        }
    }

    private boolean isMissing(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "error.required");
            }
            return true;
        }
        return false;
    }
}
