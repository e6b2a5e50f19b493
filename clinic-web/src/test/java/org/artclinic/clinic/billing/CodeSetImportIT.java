package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;

import jakarta.ejb.EJB;

import org.artclinic.clinic.protocol.ImportResult;
import org.artclinic.clinic.testsupport.AsManager;
import org.artclinic.clinic.testsupport.SqlStatements;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The yearly code-set update as a manager imports it: a file of 1,200 diagnosis codes is added,
 * imported again changes nothing, and with new descriptions updates each code; whatever the file's
 * length, the import reads the existing codes a chunk at a time (one query per 500 rows), not one
 * query per row, so the full ICD-10-CM file (some 74,000 codes) imports in one go.
 */
@ExtendWith(ArquillianExtension.class)
class CodeSetImportIT {

    private static final int ROWS = 1_200;

    @EJB
    private CodeSetService codeSets;

    @EJB
    private AsManager asManager;

    @EJB
    private SqlStatements sql;

    @Test
    void aLargeFileIsImportedInChunksAddedOnceAndUpdatedWhenItChanges() throws Exception {
        // a stem of codes no real file uses (U chapter, provisional codes), different on each run
        String stem = "U" + (50 + new SecureRandom().nextInt(40)) + ".";
        String first = file(stem, "Import test code");

        SqlStatements.Counted<ImportResult> added = sql.during(() -> asManager.call(
                () -> codeSets.importDiagnosisCodes(first)));
        assertEquals(ROWS, added.result().total());
        assertTrue(added.result().added() > 0, "new codes added: " + added.result());
        long lookups = added.statements().stream().map(q -> q.toLowerCase(java.util.Locale.ROOT))
                .filter(q -> q.startsWith("select") && q.contains("from diagnosis_code")).count();
        assertTrue(lookups <= (ROWS + CodeSetService.CHUNK - 1) / CodeSetService.CHUNK,
                "one lookup per chunk of " + CodeSetService.CHUNK + ", not per row: " + lookups);

        ImportResult again = asManager.call(() -> codeSets.importDiagnosisCodes(first));
        assertEquals(new ImportResult(0, 0, ROWS), again, "the same file again changes nothing");

        ImportResult changed = asManager.call(() -> codeSets.importDiagnosisCodes(file(stem, "Renamed import code")));
        assertEquals(new ImportResult(0, ROWS, 0), changed, "every description changed");
        List<DiagnosisCode> found = asManager.call(() -> codeSets.diagnosisCodes(stem + "0600"));
        assertEquals("Renamed import code 600", found.get(0).getDescription());
    }

    private static String file(String stem, String words) {
        StringBuilder csv = new StringBuilder("code,billable,description,effective_from,effective_to\r\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(stem).append(String.format("%04d", i)).append(",true,").append(words).append(' ').append(i)
                    .append(",2025-10-01,\r\n");
        }
        return csv.toString();
    }
}
