package org.artclinic.clinic.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a fault test measured (bookings per round, how long an outage lasted, how many requests were
 * told 503), printed and added to {@code target/faults/figures.txt}: the figures the README quotes.
 */
final class Figures {

    private Figures() {
    }

    static void note(String test, String figure) {
        String line = test + ": " + figure;
        System.out.println("FIGURE " + line);
        Path file = Path.of(System.getProperty("clinic.it.dir", "target"), "faults", "figures.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds since {@code startedNanos} (a {@link System#nanoTime()}). */
    static long since(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
