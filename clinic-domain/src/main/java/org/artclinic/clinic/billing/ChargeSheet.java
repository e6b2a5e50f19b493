package org.artclinic.clinic.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.patient.InsurancePolicy;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;

/**
 * The charges of one signed visit to one payer, made when the note is signed ({@link ChargeRules}):
 * the visit's diagnoses and its lines. It waits on the review queue until a manager approves it; a
 * manager's fix records who, when, why and what changed. The total and the number of open warnings
 * are kept on the row so that the queue filters and sorts by them in the database.
 */
@Entity
@Table(name = "charge_sheet")
@NamedQuery(name = ChargeSheet.OF_NOTE, query = "SELECT s FROM ChargeSheet s WHERE s.note.id = :note")
@NamedQuery(name = ChargeSheet.THERAPY_CHARGED,
        query = "SELECT SUM(l.amount.amount) FROM ChargeLine l, ProcedureCode c WHERE l.code = c.code"
                + " AND c.kind IN :kinds AND l.sheet.patient.id = :patient AND l.sheet.payer.id = :payer"
                + " AND l.sheet.dateOfService BETWEEN :from AND :to AND l.sheet.id <> :except")
public class ChargeSheet extends BaseEntity {

    public static final String OF_NOTE = "ChargeSheet.ofNote";
    public static final String THERAPY_CHARGED = "ChargeSheet.therapyCharged";

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_note_id", nullable = false, unique = true)
    private VisitNote note;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id", nullable = false)
    private Practitioner practitioner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "payer_id", nullable = false)
    private Payer payer;

    /** The policy billed; none for self-pay. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "policy_id")
    private InsurancePolicy policy;

    @Column(name = "date_of_service", nullable = false)
    private LocalDate dateOfService;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChargeStatus status = ChargeStatus.TO_REVIEW;

    /** "M75.41,M99.03": the visit's diagnoses in claim order (at most 12); lines point to them by position. */
    @Column(name = "diagnoses", nullable = false, length = 120)
    private String diagnoses;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<ChargeLine> lines = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total", nullable = false, precision = 12,
            scale = 2))
    private Money total;

    @Column(name = "open_warnings", nullable = false)
    private int openWarnings;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_by", length = 50)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "charge_fix", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    private List<ChargeFix> fixes = new ArrayList<>();

    protected ChargeSheet() {
    }

    public ChargeSheet(VisitNote note, Payer payer, InsurancePolicy policy, LocalDate dateOfService,
            ChargeRules.Priced priced, Instant at) {
        this.note = Objects.requireNonNull(note, "note");
        this.patient = note.getPatient();
        this.practitioner = note.getPractitioner();
        this.location = note.getAppointment().getLocation();
        this.payer = Objects.requireNonNull(payer, "payer");
        this.policy = payer.isSelfPay() ? null : policy;
        this.dateOfService = dateOfService;
        this.diagnoses = String.join(",", priced.diagnoses());
        for (ChargeRules.PricedLine line : priced.lines()) {
            lines.add(new ChargeLine(this, line));
        }
        this.createdAt = at;
        recount();
    }

    /**
     * Corrects one line. Values as given replace the line's; its open warnings count as dealt with,
     * since the manager saw them and says why. Modifiers kept keep their reasons; added ones get the
     * manager's.
     *
     * @param unitFee the payer's fee for the (possibly new) code on the date of service
     */
    public void fix(long lineId, LineFix fix, Money unitFee, String why, String by, Instant at) {
        requireToReview();
        ChargeLine line = line(lineId);
        String reason = Text.required(why, 300, "The reason for the change");
        String code = ProcedureCode.checkedCode(fix.code());
        if (fix.units() < 0 || fix.units() > 24) {
            throw new DomainException("Units are between 0 and 24.");
        }
        if (fix.modifiers().size() > ChargeRules.MODIFIERS_PER_LINE) {
            throw new DomainException("A line takes at most " + ChargeRules.MODIFIERS_PER_LINE + " modifiers.");
        }
        if (new LinkedHashSet<>(fix.modifiers()).size() != fix.modifiers().size()) {
            throw new DomainException("A modifier is listed twice.");
        }
        if (fix.pointers().size() > ChargeRules.POINTERS_PER_LINE) {
            throw new DomainException("A line points to at most " + ChargeRules.POINTERS_PER_LINE + " diagnoses.");
        }
        Set<Integer> pointers = new LinkedHashSet<>(fix.pointers());
        if (pointers.size() != fix.pointers().size()) {
            throw new DomainException("A diagnosis is pointed to twice.");
        }
        for (int p : pointers) {
            if (p < 1 || p > getDiagnoses().size()) {
                throw new DomainException("Pointer " + p + " names no diagnosis of this visit (it has "
                        + getDiagnoses().size() + ").");
            }
        }
        if (fix.units() > 0 && pointers.isEmpty()) {
            throw new DomainException("Point " + code + " to at least one diagnosis.");
        }
        if (lines.stream().anyMatch(other -> other != line && other.getCode().equals(code))) {
            throw new DomainException(code + " is already a line of this visit; change that line instead.");
        }
        List<ModifierReason> modifiers = new ArrayList<>();
        for (Modifier m : fix.modifiers()) {
            modifiers.add(line.getModifierReasons().stream().filter(r -> r.getModifier() == m).findFirst()
                    .orElse(new ModifierReason(m, m.code() + ": added by " + by + " (" + reason + ")")));
        }
        String before = describe(line);
        line.change(code, fix.units(), modifiers, fix.pointers(), unitFee);
        String after = describe(line);
        String warningsSeen = line.getWarnings().isEmpty() ? ""
                : "; warnings dealt with: " + String.join(" | ",
                        line.getWarnings().stream().map(w -> w.getCode().name()).toList());
        line.clearWarnings();
        fixes.add(new ChargeFix(at, by, reason, (before.equals(after) ? "unchanged " + before
                : before + " -> " + after) + warningsSeen));
        recount();
    }

    /**
     * Replaces a diagnosis of the visit (checked billable by the caller with {@link DiagnosisCheck});
     * the lines that pointed to the old one point to the new one.
     */
    public void replaceDiagnosis(int position, String code, String why, String by, Instant at) {
        requireToReview();
        if (position < 1 || position > getDiagnoses().size()) {
            throw new DomainException("This visit has no diagnosis " + position + ".");
        }
        String reason = Text.required(why, 300, "The reason for the change");
        List<String> list = new ArrayList<>(getDiagnoses());
        String old = list.get(position - 1);
        if (list.contains(code)) {
            throw new DomainException(code + " is already a diagnosis of this visit.");
        }
        list.set(position - 1, code);
        diagnoses = String.join(",", list);
        lines.forEach(l -> l.dropWarningsAbout(old));
        fixes.add(new ChargeFix(at, by, reason, "diagnosis " + position + ": " + old + " -> " + code));
        recount();
    }

    /** Adds a diagnosis to the visit's list (for a line that points to none), checked by the caller. */
    public int addDiagnosis(String code, String why, String by, Instant at) {
        requireToReview();
        String reason = Text.required(why, 300, "The reason for the change");
        List<String> list = new ArrayList<>(getDiagnoses());
        if (list.contains(code)) {
            throw new DomainException(code + " is already a diagnosis of this visit.");
        }
        if (list.size() >= ChargeRules.DIAGNOSES_PER_CLAIM) {
            throw new DomainException("A claim holds at most " + ChargeRules.DIAGNOSES_PER_CLAIM + " diagnoses.");
        }
        list.add(code);
        diagnoses = String.join(",", list);
        fixes.add(new ChargeFix(at, by, reason, "diagnosis " + list.size() + " added: " + code));
        return list.size();
    }

    /**
     * Approves the charges for a claim (or, for self-pay, for the patient's balance).
     *
     * @throws StateConflict when warnings are open or it was approved already
     */
    public void approve(String by, Instant at) {
        requireToReview();
        if (openWarnings > 0) {
            throw new StateConflict("Deal with the " + (openWarnings == 1 ? "warning" : openWarnings + " warnings")
                    + " first: fix the line, or keep it as it is and say why.");
        }
        status = ChargeStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    /** The approved charges went on a claim. */
    public void billed() {
        if (status != ChargeStatus.APPROVED) {
            throw new StateConflict("Only approved charges go on a claim.");
        }
        status = ChargeStatus.BILLED;
    }

    private void requireToReview() {
        if (status != ChargeStatus.TO_REVIEW) {
            throw new StateConflict("These charges were already approved" + (approvedBy == null ? ""
                    : " by " + approvedBy) + "; they can no longer be changed here.");
        }
    }

    private void recount() {
        total = lines.stream().map(ChargeLine::getAmount).reduce(Money.ZERO, Money::plus);
        openWarnings = lines.stream().mapToInt(l -> l.getWarnings().size()).sum();
    }

    public ChargeLine line(long lineId) {
        return lines.stream().filter(l -> l.getId() != null && l.getId() == lineId).findFirst()
                .orElseThrow(() -> new DomainException("There is no charge line " + lineId + " on this visit."));
    }

    private String describe(ChargeLine line) {
        String modifiers = line.getModifierCodes();
        return line.getCode() + " x" + line.getUnits() + (modifiers.isEmpty() ? "" : " " + modifiers) + " -> "
                + String.join(",", line.getDiagnoses()) + " @ " + line.getUnitFee().format();
    }

    public VisitNote getNote() {
        return note;
    }

    public Patient getPatient() {
        return patient;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public Location getLocation() {
        return location;
    }

    public Payer getPayer() {
        return payer;
    }

    public InsurancePolicy getPolicy() {
        return policy;
    }

    public LocalDate getDateOfService() {
        return dateOfService;
    }

    public ChargeStatus getStatus() {
        return status;
    }

    public List<String> getDiagnoses() {
        return diagnoses == null || diagnoses.isEmpty() ? List.of() : List.of(diagnoses.split(","));
    }

    public List<ChargeLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public Money getTotal() {
        return total;
    }

    public int getOpenWarnings() {
        return openWarnings;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public List<ChargeFix> getFixes() {
        return Collections.unmodifiableList(fixes);
    }
}
