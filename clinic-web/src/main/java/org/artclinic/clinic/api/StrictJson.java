package org.artclinic.clinic.api;

import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON-B, with whole numbers read exactly. By default a number field took {@code 1.5}
 * as 1 and {@code 9223372036854775808} or {@code 1e309} as 0, so a hostile or mistyped value was
 * stored as another one (the hostile-input suite found it on passes, pain, minutes, units, ids).
 * Here a number that is not whole, or does not fit, is refused with a message naming it (400).
 * Everything else is JSON-B's default: properties in alphabetical order, nulls left out.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeInteger(), new WholeLong()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A number that is not what its field holds; its message is for the caller. */
    public static final class NotAWholeNumber extends JsonbException {
        private static final long serialVersionUID = 1L;

        NotAWholeNumber(String message) {
            super(message);
        }
    }

    private static BigDecimal exact(JsonValue value, String limits) {
        try {
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            if (value instanceof JsonString text) {
                return new BigDecimal(text.getString().strip());
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new NotAWholeNumber("\"" + shown(value) + "\" is not a number; a whole number " + limits + " is expected.");
    }

    private static String shown(JsonValue value) {
        String text = value instanceof JsonString s ? s.getString() : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static <T> T whole(JsonParser parser, Object min, Object max,
            java.util.function.Function<BigDecimal, T> exactly) {
        String limits = "from " + min + " to " + max;
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null; // JSON-B hands an explicit null to the deserializer too: "not given"
        }
        BigDecimal number = exact(value, limits);
        try {
            return exactly.apply(number);
        } catch (ArithmeticException e) {
            throw new NotAWholeNumber(number.toString().length() > 40 ? "The number is out of range; a whole number "
                    + limits + " is expected." : number + " is not a whole number " + limits + ".");
        }
    }

    private static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE, BigDecimal::intValueExact);
        }
    }

    private static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE, BigDecimal::longValueExact);
        }
    }
}
