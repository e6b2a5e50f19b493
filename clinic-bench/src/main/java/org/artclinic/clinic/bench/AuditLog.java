package org.artclinic.clinic.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.artclinic.clinic.audit.AuditAction;
import org.artclinic.clinic.audit.AuditChain;
import org.artclinic.clinic.audit.AuditEvent;
import org.artclinic.clinic.audit.AuditSeal;

/**
 * The audit rows the history produces, as the application writes them: {@link AuditEvent}s built by
 * the domain's builder, ids in the order they happened, sealed into the hash chain by
 * {@link AuditSeal} (the sealer's own code) and the chain head moved to the last link.
 *
 * <p>The history is walked by appointment, but events happen at their own times (a booking weeks
 * before the visit, a payment weeks after), so they are first kept in a file per month and put in
 * time order month by month when they are written.
 */
final class AuditLog implements AutoCloseable {

    private final Path dir;
    private final Instant origin;
    private final List<BufferedWriter> months = new ArrayList<>();
    private long sequence;
    private long count;

    AuditLog(Path dir, Instant origin) {
        this.dir = dir;
        this.origin = origin;
    }

    long count() {
        return count;
    }

    /** One event; what the interceptor would have written for the call {@code source}. */
    void add(Instant at, String user, String roles, String address, Long patientId, AuditAction action,
            String recordType, Object recordId, String source) {
        int month = (int) Math.max(0, ChronoUnit.DAYS.between(origin, at) / 31);
        StringBuilder line = new StringBuilder(160);
        Instant micros = at.truncatedTo(ChronoUnit.MICROS);
        line.append(micros.getEpochSecond() * 1_000_000 + micros.getNano() / 1000).append('\t').append(sequence++);
        for (Object v : new Object[] {user, roles, address, patientId, action, recordType, recordId, source}) {
            line.append('\t');
            CopyStream.field(line, v);
        }
        line.append('\n');
        try {
            writer(month).append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    private BufferedWriter writer(int month) throws IOException {
        while (months.size() <= month) {
            months.add(null);
        }
        if (months.get(month) == null) {
            months.set(month, Files.newBufferedWriter(dir.resolve("audit-" + month + ".tsv"), StandardCharsets.UTF_8));
        }
        return months.get(month);
    }

    /**
     * Writes the events in time order with ids from {@code ids}, seals them from the start of the
     * chain and moves the chain head; the number of events.
     */
    long write(Supplier<CopyStream> events, Supplier<CopyStream> seals, Ids ids, Connection head) throws Exception {
        for (BufferedWriter w : months) {
            if (w != null) {
                w.close();
            }
        }
        long position = 0;
        String previous = AuditChain.GENESIS;
        try (CopyStream eventRows = events.get(); CopyStream sealRows = seals.get()) {
            for (int month = 0; month < months.size(); month++) {
                if (months.get(month) == null) {
                    continue;
                }
                Path file = dir.resolve("audit-" + month + ".tsv");
                List<String[]> rows = new ArrayList<>();
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        rows.add(line.split("\t", -1));
                    }
                }
                Files.delete(file);
                rows.sort(Comparator.<String[]>comparingLong(r -> Long.parseLong(r[0]))
                        .thenComparingLong(r -> Long.parseLong(r[1])));
                for (String[] r : rows) {
                    long micros = Long.parseLong(r[0]);
                    Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                            Math.floorMod(micros, 1_000_000) * 1000);
                    AuditEvent event = AuditEvent.of(at, text(r[2]), AuditAction.valueOf(r[6]), text(r[9]))
                            .roles(text(r[3])).address(text(r[4]))
                            .patient(r[5].equals("\\N") ? null : Long.valueOf(r[5]))
                            .record(text(r[7]), text(r[8])).build();
                    long id = ids.next();
                    Ids.assign(event, id);
                    eventRows.row(id, event.getAt(), event.getUser(), event.getRoles(), event.getAddress(),
                            event.getPatientId(), event.getAction(), event.getRecordType(), event.getRecordId(),
                            event.getSource(), event.getOutcome(), null, null, null);
                    // the sealer runs every five seconds
                    Instant sealedAt = Instant.ofEpochSecond((at.getEpochSecond() / 5 + 1) * 5);
                    AuditSeal seal = new AuditSeal(++position, event, previous, sealedAt);
                    sealRows.row(seal.getPosition(), seal.getEventId(), seal.getPreviousHash(), seal.getHash(),
                            seal.getSealedAt());
                    previous = seal.getHash();
                }
            }
        }
        try (PreparedStatement update = head.prepareStatement(
                "UPDATE audit_chain_head SET last_position = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, position);
            update.setString(2, previous);
            update.executeUpdate();
        }
        return position;
    }

    /** Text fields were written in COPY form; none of ours holds a tab, a line end or a backslash. */
    private static String text(String field) {
        return field.equals("\\N") ? null : field;
    }

    @Override
    public void close() throws SQLException {
        for (BufferedWriter w : months) {
            try {
                if (w != null) {
                    w.close();
                }
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
