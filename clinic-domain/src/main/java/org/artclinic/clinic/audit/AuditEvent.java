package org.artclinic.clinic.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One row of the audit trail: who did what to which record of which patient, when, from where, and
 * how it ended; for a change, the values before and after. The fields follow ASTM E2147-18
 * ("Standard Specification for Audit and Disclosure Logs for Use in Health Information Systems",
 * section 7: date and time, patient, user, access type, source/terminal, record and outcome), which
 * ONC 170.315(d)(2) references.
 *
 * <p>Rows are only ever inserted: the entity has no setters, the database refuses UPDATE and DELETE
 * (migration V21's triggers), and each row is sealed into a hash chain ({@link AuditChain}) that
 * shows an altered or removed row.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest detail or before/after text kept; longer ones are cut (and say so). */
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinic_id_seq")
    @SequenceGenerator(name = "clinic_id_seq", sequenceName = "clinic_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 100)
    private String user;

    @Column(name = "roles", length = 100)
    private String roles;

    @Column(name = "address", length = 64)
    private String address;

    @Column(name = "patient_id")
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private AuditAction action;

    @Column(name = "record_type", length = 60)
    private String recordType;

    @Column(name = "record_id", length = 60)
    private String recordId;

    @Column(name = "source", nullable = false, length = 120)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private AuditOutcome outcome;

    @Column(name = "detail", length = MAX_TEXT)
    private String detail;

    @Column(name = "before_value", length = MAX_TEXT)
    private String before;

    @Column(name = "after_value", length = MAX_TEXT)
    private String after;

    protected AuditEvent() {
    }

    private AuditEvent(Builder b) {
        this.at = Objects.requireNonNull(b.at, "at").truncatedTo(ChronoUnit.MICROS);
        this.user = cut(Objects.requireNonNull(b.user, "user"), 100);
        this.roles = cut(b.roles, 100);
        this.address = cut(b.address, 64);
        this.patientId = b.patientId;
        this.action = Objects.requireNonNull(b.action, "action");
        this.recordType = cut(b.recordType, 60);
        this.recordId = cut(b.recordId, 60);
        this.source = cut(Objects.requireNonNull(b.source, "source"), 120);
        this.outcome = Objects.requireNonNull(b.outcome, "outcome");
        this.detail = cut(b.detail, MAX_TEXT);
        this.before = cut(b.before, MAX_TEXT);
        this.after = cut(b.after, MAX_TEXT);
    }

    /** An event of this user, action and source, at this instant (kept to the microsecond, as the database does). */
    public static Builder of(Instant at, String user, AuditAction action, String source) {
        Builder b = new Builder();
        b.at = at;
        b.user = user;
        b.action = action;
        b.source = source;
        b.outcome = AuditOutcome.SUCCESS;
        return b;
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String more = "… (cut)";
        return text.substring(0, max - more.length()) + more;
    }

    /** Builds an event; only what is known is given. */
    public static final class Builder {
        private Instant at;
        private String user;
        private String roles;
        private String address;
        private Long patientId;
        private AuditAction action;
        private String recordType;
        private String recordId;
        private String source;
        private AuditOutcome outcome;
        private String detail;
        private String before;
        private String after;

        public Builder roles(String value) {
            roles = value;
            return this;
        }

        public Builder address(String value) {
            address = value;
            return this;
        }

        public Builder patient(Long value) {
            patientId = value;
            return this;
        }

        public Builder record(String type, Object id) {
            recordType = type;
            recordId = id == null ? null : String.valueOf(id);
            return this;
        }

        public Builder outcome(AuditOutcome value) {
            outcome = value;
            return this;
        }

        public Builder detail(String value) {
            detail = value;
            return this;
        }

        public Builder change(String beforeValue, String afterValue) {
            before = beforeValue;
            after = afterValue;
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(this);
        }
    }

    /**
     * The row as the hash chain reads it: every field in a fixed order, each prefixed with its
     * length (so no choice of values can make two different rows read the same).
     */
    public String canonical() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {id, at, user, roles, address, patientId, action, recordType, recordId,
            source, outcome, detail, before, after}) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
        }
        return text.toString();
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUser() {
        return user;
    }

    public String getRoles() {
        return roles;
    }

    public String getAddress() {
        return address;
    }

    public Long getPatientId() {
        return patientId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getSource() {
        return source;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
