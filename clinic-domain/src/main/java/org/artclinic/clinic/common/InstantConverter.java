package org.artclinic.clinic.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link Instant}s (points in time, as every clinical and billing event is recorded) in
 * {@code TIMESTAMP WITH TIME ZONE} columns. JPA 3.1, which Payara 6 implements, does not map
 * {@code Instant} itself (that came with JPA 3.2); without this converter EclipseLink would
 * serialize it into a byte array. {@code OffsetDateTime} is what JDBC drivers
 * hand back for such columns (H2 and PostgreSQL alike).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
