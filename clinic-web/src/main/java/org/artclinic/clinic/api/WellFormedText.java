package org.artclinic.clinic.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A JSON body must be text that can be stored as it was sent (RFC 8259 section 8.1: UTF-8; a
 * string's escapes must make whole characters, section 8.2). Left to the JSON reader, invalid
 * UTF-8 became U+FFFD and a lone surrogate ({@code "&#92;ud800"}) became "?" in the database, so a
 * name read back differed from the one sent; a NUL character cannot be stored by PostgreSQL at all.
 * Here such a body is refused with 400 and a message, before anything reads it. Runs after the role
 * and content-type checks. Query parameters and forms are kept free of NUL by
 * {@code org.artclinic.clinic.web.NoNulCharacters}.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR + 10)
public class WellFormedText implements ContainerRequestFilter {

    /**
     * The request property (a servlet request attribute) holding the body read here, for a resource
     * that reads its body from the servlet request rather than as a parameter.
     */
    public static final String BODY = WellFormedText.class.getName() + ".body";

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        // the type first: asking for the entity reads its first byte, which a resource reading the raw
        // servlet stream (the protocol import's CSV) would then miss
        if (type == null || !"json".equalsIgnoreCase(type.getSubtype()) || !request.hasEntity()) {
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        request.setProperty(BODY, body);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            request.abortWith(ErrorResponses.of(400, ApiError.of(ApiText.text("error.notUtf8"))));
            return;
        }
        if (hasLoneSurrogate(text)) {
            request.abortWith(ErrorResponses.of(400, ApiError.of(ApiText.text("error.loneSurrogate"))));
        } else if (hasNul(text)) {
            request.abortWith(ErrorResponses.of(400, ApiError.of(ApiText.text("error.nul"))));
        }
    }

    /**
     * Whether a string holds the NUL character (U+0000): PostgreSQL cannot store it in text
     * (the insert failed with 500 there, while H2 kept it).
     */
    static boolean hasNul(String json) {
        for (int i = json.indexOf("\\u0000"); i >= 0; i = json.indexOf("\\u0000", i + 1)) {
            int backslashes = 0;
            for (int j = i - 1; j >= 0 && json.charAt(j) == '\\'; j--) {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                return true;
            }
        }
        return json.indexOf('\0') >= 0;
    }

    /** Whether a {@code \\uXXXX} escape names half of a surrogate pair without the other half. */
    static boolean hasLoneSurrogate(String json) {
        char pending = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                if (pending != 0) {
                    return true;
                }
                continue;
            }
            char escaped = json.charAt(i + 1);
            if (escaped != 'u' || i + 6 > json.length()) {
                if (pending != 0) {
                    return true;
                }
                i++;
                continue;
            }
            char unit;
            try {
                unit = (char) Integer.parseInt(json.substring(i + 2, i + 6), 16);
            } catch (NumberFormatException e) {
                return false; // not JSON at all: the reader says so
            }
            i += 5;
            if (Character.isHighSurrogate(unit)) {
                if (pending != 0) {
                    return true;
                }
                pending = unit;
            } else if (Character.isLowSurrogate(unit)) {
                if (pending == 0) {
                    return true;
                }
                pending = 0;
            } else if (pending != 0) {
                return true;
            }
        }
        return pending != 0;
    }
}
