package org.artclinic.clinic.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.WebClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Backups that restore (issue 15, decision 0043): an administrator sees that no backup was taken
 * yet and when the next one is due, takes three with "Back up now" of which the newest two are
 * kept; the newest is unzipped into the data folder of a fresh installation, which starts on it
 * and finds the patient registered before the backup, and not the one registered after it.
 */
@Tag("faults")
class BackupRestoreIT {

    @Test
    void aBackupTakenWhileTheClinicWorksRestoresIntoAFreshInstallation() throws Exception {
        Path dir = Path.of(System.getProperty("clinic.it.dir", "target"), "faults", "backup-" + System.nanoTime());
        String before;
        String after;
        Path newest;
        try (ClinicProcess clinic = ClinicProcess.of(dir.resolve("clinic"), Map.of("CLINIC_BACKUP_KEEP", "2")).start()) {
            ApiClient desk = new ApiClient(clinic.base(), "frontdesk");
            before = desk.patient("Backedup");

            WebClient admin = new WebClient(clinic.base());
            admin.login("admin", ApiClient.PASSWORD);
            HttpResponse<String> page = admin.get("admin/backups.xhtml");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("No backup has been taken yet.") && page.body().contains("Next: "),
                    page.body());
            String view = WebClient.viewState(page);
            for (int i = 0; i < 3; i++) {
                long asked = System.nanoTime();
                HttpResponse<String> made = admin.ajax("admin/backups.xhtml", view, "backupsForm",
                        "backupsForm:backUpNow", null, Map.of("backupsForm:backUpNow", "backupsForm:backUpNow"),
                        "backupsForm messages");
                assertTrue(made.body().contains("Backed up: clinic-"), made.body());
                Figures.note("BackupRestoreIT", "Back up now of the demo clinic: " + Figures.since(asked) + " ms");
                Thread.sleep(1_100); // one backup per second: the time is in the file's name
            }
            assertTrue(admin.get("admin/backups.xhtml").body().contains("Last backup: "));
            List<Path> kept = backups(clinic.dataDir().resolve("backups"));
            assertEquals(2, kept.size(), "the newest two are kept: " + kept);
            newest = kept.get(0);
            Figures.note("BackupRestoreIT", "the backup file: " + Files.size(newest) / 1024 + " KiB");

            after = desk.patient("Afterbackup");
        }

        // a fresh installation, its data folder filled from the backup
        Path fresh = dir.resolve("restored");
        unzip(newest, fresh.resolve("data"));
        try (ClinicProcess restored = ClinicProcess.of(fresh, Map.of()).start()) {
            ApiClient desk = new ApiClient(restored.base(), "frontdesk");
            HttpResponse<String> found = desk.get("api/patients/" + before);
            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().contains("Backedup"), found.body());
            assertEquals(404, desk.get("api/patients/" + after).statusCode(), "registered after the backup");
        }
    }

    private static List<Path> backups(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("clinic-\\d{8}-\\d{6}\\.zip"))
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("A zip entry outside the folder: " + entry.getName());
                }
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
