package org.artclinic.clinic.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A mistyped history shape is refused with a message naming the two there are, before any database is touched. */
class GenerateArgumentsTest {

    @Test
    void anUnknownHistoryIsRefusedWithTheShapesThereAre() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Generate.Refused refused = assertThrows(Generate.Refused.class, () -> Generate.run(new String[] {
            "--url", "jdbc:postgresql://127.0.0.1:1/never-reached", "--history", "weekly"}, quiet));
        assertTrue(refused.getMessage().contains("ten-years") && refused.getMessage().contains("scaled"),
                refused.getMessage());
        assertThrows(Generate.Refused.class, () -> Generate.run(new String[] {"--history"}, quiet),
                "a missing value is refused too");
    }
}
