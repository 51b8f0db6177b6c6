package dev.riyaz.common;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.quarkus.jackson.ObjectMapperCustomizer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * JSON in and out: amounts as plain numbers ({@code 30}, not {@code 3E+1}), strict about what clients send: one value
 * per key, nothing after the document, types as declared, dates in the years 1 to 9999.
 */
@Singleton
class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature(), true);
        mapper.configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature(), true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(50)
                        .maxStringLength(200_000)
                        .build());
        mapper.registerModule(new SimpleModule("riyaz-days").addDeserializer(LocalDate.class, new SupportedDays()));
    }

    /** Applied last, so that the module above wins over the one Quarkus registers for java.time. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** A date as java.time reads it, refused (a 400 naming the field) outside the years Riyaz works with. */
    private static final class SupportedDays extends JsonDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate day = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (day != null && !Bounds.readable(day)) {
                return (LocalDate) context.handleWeirdStringValue(
                        LocalDate.class, day.toString(), "Use a date in the years 1 to 9999.");
            }
            return day;
        }
    }
}
