package org.artclinic.clinic.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import org.artclinic.clinic.common.BaseEntity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The persistence unit lists its entity classes explicitly (they live in another jar, whose path
 * differs between the EAR and the self-contained WAR). A forgotten entry would only show up at
 * run time as "unknown entity"; this test catches it at build time.
 */
class PersistenceUnitTest {

    @Test
    void everyDomainEntityAndConverterIsListedInThePersistenceUnit() throws Exception {
        assertEquals(entitiesInDomainModule(), classesListedInPersistenceXml());
    }

    private static Set<String> classesListedInPersistenceXml() throws Exception {
        Set<String> listed = new TreeSet<>();
        try (InputStream in = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList classes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "class");
            for (int i = 0; i < classes.getLength(); i++) {
                listed.add(classes.item(i).getTextContent().trim());
            }
        }
        assertFalse(listed.isEmpty(), "persistence.xml lists no entity");
        return listed;
    }

    private static Set<String> entitiesInDomainModule() throws Exception {
        URI location = BaseEntity.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path root = Path.of(location);
        Set<String> entities = new TreeSet<>();
        if (Files.isDirectory(root)) {
            collect(root, entities);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location), Map.of())) {
                collect(jar.getPath("/"), entities);
            }
        }
        return entities;
    }

    private static void collect(Path root, Set<String> entities) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                if (name.endsWith("package-info") || name.startsWith("META-INF")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, PersistenceUnitTest.class.getClassLoader());
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class)
                        || type.isAnnotationPresent(Embeddable.class)) {
                    entities.add(name);
                }
            }
        }
    }
}
