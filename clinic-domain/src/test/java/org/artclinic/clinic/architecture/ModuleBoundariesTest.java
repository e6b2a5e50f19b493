package org.artclinic.clinic.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (web -> ejb -> domain) and the layers keep to their jobs: the domain
 * knows nothing of EJB, Faces or JAX-RS, so its rules can be tested and reused without a
 * container; the web module never talks to the database directly.
 */
class ModuleBoundariesTest {

    private static final Path MODULES = Path.of("").toAbsolutePath().getParent();

    @Test
    void theDomainUsesNoContainerServiceApi() {
        List<String> offenders = importsMatching(MODULES.resolve("clinic-domain/src/main/java"),
                Pattern.compile("^import (static )?(jakarta\\.(ejb|faces|ws\\.rs|servlet|enterprise|inject|security)"
                        + "|org\\.primefaces|org\\.omnifaces|org\\.eclipse\\.microprofile)\\..*", Pattern.MULTILINE));
        assertEquals(List.of(), offenders);
    }

    @Test
    void theWebModuleNeverTouchesAnEntityManager() {
        Path web = MODULES.resolve("clinic-web/src/main/java");
        assertTrue(Files.isDirectory(web), web + " not found");
        List<String> offenders = importsMatching(web,
                Pattern.compile("^import jakarta\\.persistence\\.(EntityManager|PersistenceContext|Query|TypedQuery)\\b.*",
                        Pattern.MULTILINE));
        assertEquals(List.of(), offenders);
    }

    @Test
    void theEjbModuleDoesNotDependOnTheWebTier() {
        List<String> offenders = importsMatching(MODULES.resolve("clinic-ejb/src/main/java"),
                Pattern.compile("^import (jakarta\\.faces|jakarta\\.ws\\.rs|org\\.primefaces|org\\.omnifaces)\\..*",
                        Pattern.MULTILINE));
        assertEquals(List.of(), offenders);
    }

    private static List<String> importsMatching(Path sources, Pattern forbidden) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> forbidden.matcher(read(file)).results()
                            .map(match -> sources.relativize(file) + ": " + match.group().trim()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
