package org.artclinic.clinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.context.ResponseWriter;

import org.junit.jupiter.api.Test;

/**
 * An ajax answer written in bulk is the answer Mojarra's writer gives character by character: the
 * same text, with the characters XML does not allow dropped, and in one piece when there are none.
 */
class BulkPartialWritingTest {

    /** What the bulk writer hands text to: the writer under Mojarra's, noting each call. */
    private static final class Target extends ResponseWriter {
        final StringBuilder out = new StringBuilder();
        final List<Integer> calls = new ArrayList<>();

        @Override
        public void write(char[] text, int offset, int length) {
            out.append(text, offset, length);
            calls.add(length);
        }

        @Override
        public void write(String text) {
            out.append(text);
            calls.add(text.length());
        }

        @Override
        public void write(int c) {
            out.append((char) c);
            calls.add(1);
        }

        @Override public String getContentType() { return "text/xml"; }
        @Override public String getCharacterEncoding() { return "UTF-8"; }
        @Override public void flush() { }
        @Override public void startDocument() { }
        @Override public void endDocument() { }
        @Override public void startElement(String name, UIComponent component) { }
        @Override public void endElement(String name) { }
        @Override public void writeAttribute(String name, Object value, String property) { }
        @Override public void writeURIAttribute(String name, Object value, String property) { }
        @Override public void writeComment(Object comment) { }
        @Override public void writeText(Object text, String property) { }
        @Override public void writeText(char[] text, int off, int len) { }
        @Override public ResponseWriter cloneWithWriter(Writer writer) { return this; }
        @Override public void close() { }
    }

    /** Mojarra's writer as it behaves: each allowed character written on its own, the others dropped. */
    private static final class CharacterByCharacter extends PartialResponseWriter {
        CharacterByCharacter(ResponseWriter target) {
            super(target);
        }

        @Override
        public void write(String text) throws IOException {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    getWrapped().write(c);
                    getWrapped().write(text.charAt(++i));
                } else if (c >= 0x20 ? c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) : c == '\t' || c == '\n' || c == '\r') {
                    getWrapped().write(c);
                }
            }
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            write(new String(text, offset, length));
        }
    }

    private static String written(String text, Target target) throws IOException {
        new BulkPartialWriting.Writer(new CharacterByCharacter(target)).write(text);
        return target.out.toString();
    }

    @Test
    void aPatientsAppointmentsGoOutInOnePieceAndUnchanged() throws IOException {
        String events = "{\"events\":[{\"title\":\"Zoë O'Brien · ART session\",\"start\":\"2026-11-18T07:00:00-06:00\"}]}";
        Target target = new Target();
        assertEquals(events, written(events, target));
        assertEquals(List.of(events.length()), target.calls, "one write, not one per character");
    }

    @Test
    void charactersXmlDoesNotAllowAreStillDroppedAsMojarraDropsThem() throws IOException {
        String text = "Note\u0001 with a bell\u0007, a tab\tand an emoji \uD83D\uDE00 and a lone \uD800 half";
        Target bulk = new Target();
        Target oneByOne = new Target();
        new CharacterByCharacter(oneByOne).write(text);
        assertEquals(oneByOne.out.toString(), written(text, bulk));
        assertEquals("Note with a bell, a tab\tand an emoji \uD83D\uDE00 and a lone  half", bulk.out.toString());
    }

    @Test
    void partOfACharacterArrayIsWrittenAsGiven() throws IOException {
        Target target = new Target();
        char[] text = "xx<update id=\"calendarForm:schedule\">yy".toCharArray();
        new BulkPartialWriting.Writer(new CharacterByCharacter(target)).write(text, 2, text.length - 4);
        assertEquals("<update id=\"calendarForm:schedule\">", target.out.toString());
        assertEquals(1, target.calls.size());
    }

    @Test
    void anEmptyStringReachesNothingBelow() throws IOException {
        // the writer under Mojarra's closes an open start tag on any write, even of nothing
        Target target = new Target();
        assertEquals("", written("", target));
        new BulkPartialWriting.Writer(new CharacterByCharacter(target)).write(new char[] {'x'}, 0, 0);
        assertEquals(List.of(), target.calls);
    }
}
