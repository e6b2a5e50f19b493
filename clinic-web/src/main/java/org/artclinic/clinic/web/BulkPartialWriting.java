package org.artclinic.clinic.web;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.context.PartialViewContextFactory;
import jakarta.faces.context.PartialViewContextWrapper;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

/**
 * Ajax answers written a string at a time instead of a character at a time (issue 14, decision 0054).
 *
 * <p>Mojarra's partial response writer passes every {@code write(String)} through
 * {@code HtmlUtils.writeUnescapedTextForXML}, which drops the characters XML does not allow by
 * writing the rest one {@code Writer.write(int)} call each, through three writers. PrimeFaces writes
 * its callback parameters and a schedule's events that way: on the calendar a location's day (120 KB
 * of appointments) spent a fifth of its time there. This writer checks the string once; when every
 * character is one XML allows, as in nearly every answer, it hands the string on whole to the writer
 * Mojarra's would have written each character to, and otherwise lets Mojarra's drop them as before.
 *
 * <p>Registered in {@code META-INF/faces-config.xml}, ordered before PrimeFaces, so that PrimeFaces'
 * writer wraps this one. Over any other writer than Mojarra's it only passes everything on.
 */
public class BulkPartialWriting extends PartialViewContextFactory {

    /** Mojarra's writer, whose {@code write(String)} goes character by character. */
    private static final String MOJARRA_WRITER =
            "com.sun.faces.context.PartialViewContextImpl$DelayedInitPartialResponseWriter";

    public BulkPartialWriting(PartialViewContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public PartialViewContext getPartialViewContext(FacesContext context) {
        return new Context(getWrapped().getPartialViewContext(context));
    }

    private static final class Context extends PartialViewContextWrapper {

        private PartialResponseWriter writer;

        Context(PartialViewContext wrapped) {
            super(wrapped);
        }

        @Override
        public PartialResponseWriter getPartialResponseWriter() {
            PartialResponseWriter below = getWrapped().getPartialResponseWriter();
            if (!MOJARRA_WRITER.equals(below.getClass().getName())) {
                return below;
            }
            if (writer == null || writer.getWrapped() != below) {
                writer = new Writer(below);
            }
            return writer;
        }
    }

    /** Mojarra's partial response writer, with its text written in bulk when it has nothing to drop. */
    static final class Writer extends PartialResponseWriter {

        Writer(ResponseWriter mojarras) {
            super(mojarras);
        }

        /** The writer Mojarra's writes each allowed character to. */
        private ResponseWriter target() {
            return ((ResponseWriterWrapper) getWrapped()).getWrapped();
        }

        @Override
        public void write(String text) throws IOException {
            // an empty string goes Mojarra's way: it writes nothing, where the inner writer would close an open start tag
            if (text != null && !text.isEmpty() && allowed(text, 0, text.length())) {
                target().write(text);
            } else {
                super.write(text);
            }
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            if (length > 0 && allowed(text, offset, length)) {
                target().write(text, offset, length);
            } else {
                super.write(text, offset, length);
            }
        }

        /** Whether every character is one XML 1.0 allows and none is half of a pair (Mojarra's own rule, checked at once). */
        static boolean allowed(CharSequence text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (!allowed(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean allowed(char[] text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (!allowed(text[i])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean allowed(char c) {
            return c >= 0x20 ? c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) : c == '\t' || c == '\n' || c == '\r';
        }
    }
}
