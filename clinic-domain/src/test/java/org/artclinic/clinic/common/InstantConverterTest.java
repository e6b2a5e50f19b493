package org.artclinic.clinic.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void aPointInTimeSurvivesTheConversionToTheColumnTypeToTheMicrosecond() {
        Instant checkIn = Instant.parse("2026-03-29T01:30:00.123456Z"); // inside a DST change in Europe
        assertEquals(checkIn, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(checkIn)));
    }

    @Test
    void aMissingTimeStaysMissing() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
