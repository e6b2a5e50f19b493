package org.artclinic.clinic.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

/**
 * Loads the protocol library shipped with the application ({@code protocols/library.json}, the
 * clinic's own words, in the export format) when the library is empty: reference content for every
 * installation, not demo data. It goes through the same import as an administrator's file, so a
 * start that seeds also tests the import. A library that has protocols is left alone, so a clinic's
 * edits and retirements survive every restart and upgrade (docs/decisions/0029).
 *
 * <p>Two servers starting at once may both find the table empty; the second one's insert breaks
 * the unique name, is rolled back and logged, and the start goes on.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@DenyAll
public class ProtocolLibrarySeeder {

    /** The library shipped with the application, on the EJB module's class path. */
    public static final String LIBRARY = "protocols/library.json";

    private static final Logger LOG = Logger.getLogger(ProtocolLibrarySeeder.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @PostConstruct
    void seed() {
        try {
            transaction.begin();
            if (em.createNamedQuery(Protocol.COUNT_ALL, Long.class).getSingleResult() > 0) {
                transaction.commit();
                return;
            }
            ImportResult result = ProtocolImport.apply(em,
                    ProtocolFile.read(shippedLibrary(), ProtocolFile.Format.JSON));
            transaction.commit();
            LOG.info(() -> "Protocol library loaded: " + result.added() + " protocols");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The protocol library was not loaded (another server may have loaded it)", e);
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // nothing begun or already ended
            }
        }
    }

    /** The text of the shipped library. */
    public static String shippedLibrary() {
        try (InputStream in = ProtocolLibrarySeeder.class.getClassLoader().getResourceAsStream(LIBRARY)) {
            if (in == null) {
                throw new IllegalStateException(LIBRARY + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
