package org.artclinic.clinic.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * A tool some checks need that a fresh machine with only a JDK does not have: Debian's Chromium for
 * the browser journeys, for instance. Where the tool is missing, those checks are skipped, not
 * failed, and each skip is written to {@value #REPORT} so the build can say at its end what did
 * not run and how to enable it. With {@code -D<switch>=true} (CI sets it) a missing tool is not
 * skipped: the checks run and fail, so CI can never pass by skipping them.
 *
 * @param name what the checks are called in the report, e.g. "browser journeys"
 * @param requiredSwitch the system property that turns a skip into a failure
 * @param install the command that makes the tool available
 * @param paths the files that must exist and be executable
 */
public record OptionalTool(String name, String requiredSwitch, String install, List<Path> paths) {

    /** Written under the build's target folder ({@code clinic.it.dir}); the build prints it at its end. */
    public static final String REPORT = "skipped-checks.txt";

    /** Why the checks cannot run here, or empty when they can (the tool is present, or it is required). */
    public Optional<String> reasonToSkip() {
        if (Boolean.getBoolean(requiredSwitch)) {
            return Optional.empty();
        }
        return missing().map(path -> path + " is missing");
    }

    /** The first of {@link #paths} that is not an executable file, if any. */
    public Optional<Path> missing() {
        return paths.stream().filter(path -> !Files.isExecutable(path)).findFirst();
    }

    /** The message a required but missing tool fails with. */
    public String missingMessage() {
        return "The " + name + " need " + paths + ", and " + missing().map(Path::toString).orElse("one")
                + " is missing: " + install + " (or run without -D" + requiredSwitch + "=true to skip them)";
    }

    /** Records that {@code check} was skipped, for the report printed at the end of the build. */
    public synchronized void recordSkip(String check, String reason) {
        Path report = Path.of(System.getProperty("clinic.it.dir", "target"), REPORT);
        try {
            if (!Files.exists(report)) {
                Files.writeString(report, String.join(System.lineSeparator(),
                        "",
                        "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
                        "!! SKIPPED, NOT PASSED: checks that need a tool this machine does not have.",
                        "!! The build is green without them; CI runs them all (its switch makes a missing tool fail).",
                        "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
                        ""));
            }
            Files.writeString(report, "!! " + name + ": " + check + " (" + reason + "); to run: " + install
                    + "; to require: -D" + requiredSwitch + "=true" + System.lineSeparator(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + report, e);
        }
        System.err.println("SKIPPED " + name + ": " + check + " (" + reason + "); to run: " + install);
    }
}
