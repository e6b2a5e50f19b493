package org.artclinic.clinic.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine without the browser skips the journeys and says so; CI's switch makes it fail instead. */
class OptionalToolTest {

    private static final String SWITCH = "clinic.optionalToolTest.required";

    @TempDir
    Path folder;

    @AfterEach
    void clearSwitch() {
        System.clearProperty(SWITCH);
        System.clearProperty("clinic.it.dir");
    }

    @Test
    void aMissingToolSkipsItsChecksNamingTheMissingFile() throws IOException {
        Path driver = executable("chromedriver");
        Path browser = folder.resolve("no-chromium-here");
        OptionalTool tool = tool(browser, driver);

        assertEquals(Optional.of(browser + " is missing"), tool.reasonToSkip());
    }

    @Test
    void withTheRequiredSwitchAMissingToolIsNotSkippedButFailsWithTheInstallCommand() {
        Path browser = folder.resolve("no-chromium-here");
        OptionalTool tool = tool(browser, folder.resolve("no-driver-either"));
        System.setProperty(SWITCH, "true");

        assertEquals(Optional.empty(), tool.reasonToSkip(), "required: the checks run (and fail)");
        assertEquals(Optional.of(browser), tool.missing());
        assertTrue(tool.missingMessage().contains("apt-get install chromium chromium-driver"), tool.missingMessage());
    }

    @Test
    void aToolThatIsThereRunsItsChecks() throws IOException {
        OptionalTool tool = tool(executable("chromium"), executable("chromedriver"));

        assertEquals(Optional.empty(), tool.reasonToSkip());
        assertEquals(Optional.empty(), tool.missing());
    }

    @Test
    void eachSkipIsListedForTheEndOfTheBuild() throws IOException {
        System.setProperty("clinic.it.dir", folder.toString());
        OptionalTool tool = tool(folder.resolve("no-chromium-here"), folder.resolve("no-driver"));

        tool.recordSkip("LoginJourneyIT", "no-chromium-here is missing");
        tool.recordSkip("PatientJourneyIT", "no-chromium-here is missing");

        String report = Files.readString(folder.resolve(OptionalTool.REPORT));
        assertTrue(report.contains("SKIPPED, NOT PASSED"), report);
        assertTrue(report.contains("browser journeys: LoginJourneyIT (no-chromium-here is missing); to run: "
                + "apt-get install chromium chromium-driver"), report);
        assertTrue(report.contains("browser journeys: PatientJourneyIT"), report);
        assertEquals(1, report.split("SKIPPED, NOT PASSED", -1).length - 1, "one banner however many skips");
    }

    private OptionalTool tool(Path browser, Path driver) {
        return new OptionalTool("browser journeys", SWITCH, "apt-get install chromium chromium-driver",
                List.of(browser, driver));
    }

    private Path executable(String name) throws IOException {
        Path file = Files.createFile(folder.resolve(name));
        assertTrue(file.toFile().setExecutable(true));
        return file;
    }
}
