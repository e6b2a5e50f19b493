package org.artclinic.clinic.protocol;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.artclinic.clinic.intake.Side;

/** Stores a protocol's sides in one column as {@code LEFT,RIGHT} or {@code MIDLINE}. */
@Converter
public class SidesConverter implements AttributeConverter<Set<Side>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Side> sides) {
        return sides == null ? null : sides.stream().sorted().map(Side::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Side> convertToEntityAttribute(String column) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Side::valueOf).forEach(sides::add);
        }
        return sides;
    }
}
