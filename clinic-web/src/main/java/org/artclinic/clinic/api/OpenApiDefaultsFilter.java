package org.artclinic.clinic.api;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Undoes what Payara's OpenAPI generator (6.2025) adds to every schema by itself, so that the
 * document at {@code /openapi} says only what the annotations say. Registered with
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}; OpenApiLintIT
 * lints the result.
 * <ul>
 * <li>Payara copies the default of each {@code @Schema} attribute into the schema it builds
 * ({@code exclusiveMaximum: false}, {@code minLength: 0}, {@code maxProperties: 0}, ...), even
 * where the annotation does not set it. These are the OpenAPI defaults anyway, except
 * {@code maxProperties: 0}, which would allow only empty objects; and an
 * {@code exclusiveMaximum} without a {@code maximum} makes the schema invalid. None of our
 * annotations sets one of them, so dropping them loses nothing.</li>
 * <li>Payara types {@code long} as {@code number} and keeps that type even where
 * {@code @Schema(type = INTEGER, format = "int64")} says otherwise; the records mark their
 * {@code long} fields {@code @Schema(format = "int64")} and that format settles the type.</li>
 * <li>Payara writes every {@code @Schema(example = ...)} as a string; an integer, number or
 * boolean schema gets the value itself, as the MicroProfile spec asks of the example.</li>
 * <li>Path parameters that name a record ({@code {id}}, {@code {patientId}}, ...) are read as
 * strings in Java, so that a bad one answers 400 with the field's name instead of JAX-RS's bare
 * 404; Payara then types them {@code string}. They are 64-bit ids, and clients are told so:
 * {@code integer}, {@code int64}. (Payara keeps the Java type even where the parameter's
 * {@code @Schema} says otherwise, as for {@code long}; one rule here covers every resource.)</li>
 * </ul>
 */
public class OpenApiDefaultsFilter implements OASFilter {

    /** Whether a path parameter names a record: {@code id}, or a name ending in {@code Id}. */
    static boolean isPathId(Parameter parameter) {
        String name = parameter.getName();
        return parameter.getIn() == Parameter.In.PATH && name != null
                && (name.equals("id") || name.endsWith("Id"));
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (isPathId(parameter)) {
            Schema schema = parameter.getSchema();
            if (schema == null || schema.getRef() == null) {
                parameter.setSchema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int64").minimum(
                        BigDecimal.ONE));
            }
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (schema.getType() == SchemaType.NUMBER
                && ("int64".equals(schema.getFormat()) || "int32".equals(schema.getFormat()))) {
            schema.setType(SchemaType.INTEGER);
        }
        if (schema.getExample() instanceof String example) {
            schema.setExample(typedExample(schema.getType(), example));
        }
        return schema;
    }

    private static Object typedExample(SchemaType type, String example) {
        try {
            if (type == SchemaType.INTEGER) {
                return new BigInteger(example.strip());
            }
            if (type == SchemaType.NUMBER) {
                return new BigDecimal(example.strip());
            }
        } catch (NumberFormatException e) {
            return example; // left as written: the lint reports it
        }
        if (type == SchemaType.BOOLEAN && ("true".equals(example) || "false".equals(example))) {
            return Boolean.valueOf(example);
        }
        return example;
    }
}
