package org.artclinic.clinic.billing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * An X12 file read back with StAEDI's reader, which checks the envelope as it reads: its segments,
 * each a list of its elements (the segment id first, composites joined by ':'), and the errors the
 * reader reported. Shared (as clinic-ejb's test jar) with the web module's journeys, which read the
 * 837P file the claims page downloads.
 */
public record X12Segments(List<List<String>> segments, List<String> errors) {

    /** Reads {@code file}; the segments and the reader's errors. */
    public static X12Segments read(String file) throws Exception {
        List<List<String>> segments = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        EDIStreamReader reader = EDIInputFactory.newFactory()
                .createEDIStreamReader(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        List<String> current = null;
        StringBuilder composite = null;
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            switch (event) {
                case START_SEGMENT -> {
                    current = new ArrayList<>();
                    current.add(reader.getText());
                    segments.add(current);
                }
                case START_COMPOSITE -> composite = new StringBuilder();
                case END_COMPOSITE -> {
                    current.add(composite.toString());
                    composite = null;
                }
                case ELEMENT_DATA -> {
                    if (composite != null) {
                        composite.append(composite.length() == 0 ? "" : ":").append(reader.getText());
                    } else {
                        current.add(reader.getText());
                    }
                }
                default -> {
                    if (event.isError()) {
                        errors.add(event + " " + reader.getErrorType() + " at " + reader.getLocation());
                    }
                }
            }
        }
        return new X12Segments(List.copyOf(segments), List.copyOf(errors));
    }

    /** The first segment with this id. */
    public List<String> first(String id) {
        return segments.stream().filter(s -> s.get(0).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " segment"));
    }

    /** Every segment with this id, in order. */
    public List<List<String>> all(String id) {
        return segments.stream().filter(s -> s.get(0).equals(id)).toList();
    }
}
