package org.artclinic.clinic.billing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;

/**
 * An 837P file as it was sent: kept with its claims' count, its interchange control number, who
 * made it and when, and the ready claims it had to leave out with why. The claims it holds are
 * submitted when it is made, so the file is kept: a download that fails, or a clearinghouse that
 * asks for it again, gets the same file, never a second one for the same claims.
 */
@Entity
@Table(name = "claim_batch")
public class ClaimBatch extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The most claims one file holds: a file stays well under the column's size. */
    public static final int MAX_CLAIMS = 200;

    /** The longest file kept (characters); {@link #MAX_CLAIMS} claims of ten lines stay far below it. */
    static final int MAX_FILE = 1_000_000;

    @Column(name = "control_number", nullable = false)
    private int controlNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Column(name = "held", length = 4000)
    private String held;

    @Column(name = "x12", nullable = false, length = MAX_FILE)
    private String file;

    protected ClaimBatch() {
    }

    /**
     * A batch of {@code claimCount} claims in {@code file}; {@code held} names the ready claims left
     * out, one line each (kept to the column, the rest counted).
     */
    public ClaimBatch(int controlNumber, Instant createdAt, String createdBy, int claimCount, String file,
            List<String> held) {
        if (file.length() > MAX_FILE) {
            throw new IllegalArgumentException("An 837P file of " + file.length() + " characters is longer than kept");
        }
        this.controlNumber = controlNumber;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.claimCount = claimCount;
        this.file = file;
        this.held = held.isEmpty() ? null : fit(held);
    }

    private static String fit(List<String> held) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < held.size(); i++) {
            String line = held.get(i);
            String more = "… and " + (held.size() - i) + " more";
            if (text.length() + line.length() + 1 + more.length() > 4000) {
                return text.append(more).toString();
            }
            text.append(line).append('\n');
        }
        return text.toString().strip();
    }

    public int getControlNumber() {
        return controlNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getClaimCount() {
        return claimCount;
    }

    /** The ready claims left out of this file and why, one per line; empty when none was. */
    public List<String> getHeld() {
        return held == null ? List.of() : List.of(held.split("\n"));
    }

    public String getFile() {
        return file;
    }

    /** The file's name for a download: {@code 837P-<control number>.x12}. */
    public String getFileName() {
        return "837P-" + String.format("%09d", controlNumber) + ".x12";
    }
}
