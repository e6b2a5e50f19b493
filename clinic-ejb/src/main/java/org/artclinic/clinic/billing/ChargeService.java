package org.artclinic.clinic.billing;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;

/**
 * The charges of signed visits and their review: signing a note makes its charges (in the signing
 * transaction, {@link #chargeSignedNote}); a manager works the queue: filters it, fixes lines and
 * diagnoses (each fix recorded with who, when and why) and approves. Edits carry the version read.
 */
@Stateless
@DenyAll
public class ChargeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    @Resource
    private SessionContext session;

    /** Makes the charges of a note the caller just signed (called by the signing service). */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public ChargeSheet chargeSignedNote(VisitNote note) {
        if (!note.isSigned()) {
            throw new StateConflict("Only a signed note is charged.");
        }
        return new Charging(em).charge(note, clock.now());
    }

    /** The charges of a signed visit note. */
    @RolesAllowed(Role.Names.MANAGER)
    public ChargeSheet chargesOfVisit(long noteId) {
        VisitNote note = em.find(VisitNote.class, noteId);
        if (note == null) {
            throw new DomainException("There is no visit note with id " + noteId + ".");
        }
        if (!note.isSigned()) {
            throw new StateConflict("The visit's note is not signed yet: charges are made when it is signed.");
        }
        return em.createNamedQuery(ChargeSheet.OF_NOTE, ChargeSheet.class).setParameter("note", noteId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("There are no charges for visit note " + noteId + "."));
    }

    @RolesAllowed(Role.Names.MANAGER)
    public ChargeSheet sheet(long id) {
        ChargeSheet sheet = em.find(ChargeSheet.class, id);
        if (sheet == null) {
            throw new DomainException("There are no charges with id " + id + ".");
        }
        return sheet;
    }

    /** One page of the queue, oldest date of service first; the rows come with patient, practitioner and payer. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<ChargeSheet> queue(ChargeFilter filter, int first, int max) {
        TypedQuery<ChargeSheet> query = em.createQuery("SELECT s FROM ChargeSheet s JOIN FETCH s.patient"
                + " JOIN FETCH s.practitioner JOIN FETCH s.payer JOIN FETCH s.location" + where(filter)
                + " ORDER BY s.dateOfService, s.id", ChargeSheet.class);
        parameters(filter).forEach(query::setParameter);
        // a page's lines, their modifiers and warnings, fixes and notes in one IN query each, not one per
        // sheet and line: 160 statements for a page of 20 became 6 (issue 14's benchmark, bench/RESULTS.md)
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : List.of("s.note", "s.lines", "s.lines.modifiers", "s.lines.warnings", "s.fixes")) {
            query.setHint("eclipselink.batch", path);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList();
    }

    @RolesAllowed(Role.Names.MANAGER)
    public long count(ChargeFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM ChargeSheet s" + where(filter), Long.class);
        parameters(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(ChargeFilter f) {
        StringBuilder where = new StringBuilder(" WHERE s.status = :status");
        if (f.locationId() != null) {
            where.append(" AND s.location.id = :location");
        }
        if (f.practitionerId() != null) {
            where.append(" AND s.practitioner.id = :practitioner");
        }
        if (f.payerId() != null) {
            where.append(" AND s.payer.id = :payer");
        }
        if (f.warning() != null) {
            where.append(" AND EXISTS (SELECT l FROM ChargeLine l JOIN l.warnings w WHERE l.sheet = s"
                    + " AND w.code = :warning)");
        } else if (f.withWarnings()) {
            where.append(" AND s.openWarnings > 0");
        }
        return where.toString();
    }

    private static Map<String, Object> parameters(ChargeFilter f) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("status", f.status());
        if (f.locationId() != null) {
            p.put("location", f.locationId());
        }
        if (f.practitionerId() != null) {
            p.put("practitioner", f.practitionerId());
        }
        if (f.payerId() != null) {
            p.put("payer", f.payerId());
        }
        if (f.warning() != null) {
            p.put("warning", f.warning());
        }
        return p;
    }

    /** Corrects a line; the new code's fee comes from the payer's schedule on the date of service. */
    @RolesAllowed(Role.Names.MANAGER)
    public ChargeSheet fixLine(long sheetId, long version, long lineId, LineFix fix, String why) {
        ChargeSheet sheet = sheet(sheetId);
        sheet.requireVersion(version, "these charges");
        String code = ProcedureCode.checkedCode(fix.code());
        Charging charging = new Charging(em);
        if (charging.procedure(code, sheet.getDateOfService()).isEmpty()) {
            throw new DomainException(code + " is not in the code set in effect on " + sheet.getDateOfService() + ".");
        }
        ChargeLine line = sheet.line(lineId);
        Money fee = code.equals(line.getCode()) ? line.getUnitFee()
                : charging.fee(sheet.getPayer(), code, sheet.getDateOfService()).orElseThrow(() -> new DomainException(
                        sheet.getPayer().getName() + "'s fee schedule has no fee for " + code + " on "
                                + sheet.getDateOfService() + "; add it first."));
        sheet.fix(lineId, new LineFix(code, fix.units(), fix.modifiers(), fix.pointers()), fee, why, caller(),
                clock.now());
        bump(sheet);
        return sheet;
    }

    /** Replaces a diagnosis of the visit with a code billable on the date of service. */
    @RolesAllowed(Role.Names.MANAGER)
    public ChargeSheet replaceDiagnosis(long sheetId, long version, int position, String code, String why) {
        ChargeSheet sheet = sheet(sheetId);
        sheet.requireVersion(version, "these charges");
        String c = billable(code, sheet.getDateOfService());
        sheet.replaceDiagnosis(position, c, why, caller(), clock.now());
        bump(sheet);
        return sheet;
    }

    /** Adds a diagnosis billable on the date of service to the visit's list. */
    @RolesAllowed(Role.Names.MANAGER)
    public ChargeSheet addDiagnosis(long sheetId, long version, String code, String why) {
        ChargeSheet sheet = sheet(sheetId);
        sheet.requireVersion(version, "these charges");
        sheet.addDiagnosis(billable(code, sheet.getDateOfService()), why, caller(), clock.now());
        bump(sheet);
        return sheet;
    }

    @RolesAllowed(Role.Names.MANAGER)
    public ChargeSheet approve(long sheetId, long version) {
        ChargeSheet sheet = sheet(sheetId);
        sheet.requireVersion(version, "these charges");
        sheet.approve(caller(), clock.now());
        return sheet;
    }

    /** Approves, one page at a time, the charges of the filter that have no open warning; how many. */
    @RolesAllowed(Role.Names.MANAGER)
    public int approveClean(ChargeFilter filter) {
        ChargeFilter clean = new ChargeFilter(ChargeStatus.TO_REVIEW, filter.locationId(), filter.practitionerId(),
                filter.payerId(), false, null);
        TypedQuery<ChargeSheet> query = em.createQuery("SELECT s FROM ChargeSheet s" + where(clean)
                + " AND s.openWarnings = 0 ORDER BY s.id", ChargeSheet.class);
        parameters(clean).forEach(query::setParameter);
        List<ChargeSheet> sheets = new ArrayList<>(query.setMaxResults(500).getResultList());
        sheets.forEach(s -> s.approve(caller(), clock.now()));
        return sheets.size();
    }

    private String billable(String code, LocalDate day) {
        String c = DiagnosisCode.checkedCode(code);
        Optional<String> problem = new Charging(em).diagnosisProblem(c, day);
        if (problem.isPresent()) {
            throw new DomainException(problem.get());
        }
        return c;
    }

    /** A change to a line or a diagnosis list also changes the sheet's version, for the next editor. */
    private void bump(ChargeSheet sheet) {
        em.lock(sheet, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /**
     * The queue's counts and what the visits from {@code from} to {@code to} (dates of service)
     * charged, counted and summed in the database.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ChargeOverview overview(LocalDate from, LocalDate to) {
        // each count one index range (ix_charge_sheet_queue, ix_charge_sheet_payer): one SUM(CASE ...) over
        // the whole table read every sheet of ten years on each visit of the page (issue 14)
        long toReview = em.createQuery("SELECT COUNT(s) FROM ChargeSheet s WHERE s.status = :review", Long.class)
                .setParameter("review", ChargeStatus.TO_REVIEW).getSingleResult();
        long withWarnings = em.createQuery("SELECT COUNT(s) FROM ChargeSheet s WHERE s.status = :review"
                + " AND s.openWarnings > 0", Long.class).setParameter("review", ChargeStatus.TO_REVIEW).getSingleResult();
        // approved charges wait for a claim, except self-pay's: the patient pays those, and they stay approved
        List<Long> claimed = em.createQuery("SELECT p.id FROM Payer p WHERE p.kind <> :selfPay", Long.class)
                .setParameter("selfPay", PayerKind.SELF_PAY).getResultList();
        long toClaim = claimed.isEmpty() ? 0 : em.createQuery("SELECT COUNT(s) FROM ChargeSheet s"
                + " WHERE s.payer.id IN :payers AND s.status = :approved", Long.class)
                .setParameter("payers", claimed).setParameter("approved", ChargeStatus.APPROVED).getSingleResult();
        Object[] period = em.createQuery("SELECT COUNT(s), SUM(s.total.amount) FROM ChargeSheet s"
                + " WHERE s.dateOfService BETWEEN :from AND :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        java.math.BigDecimal charged = period[1] == null ? java.math.BigDecimal.ZERO
                : (java.math.BigDecimal) period[1];
        return new ChargeOverview(toReview, withWarnings, toClaim, from, to,
                number(period[0]), Money.of(charged));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private String caller() {
        Principal principal = session.getCallerPrincipal();
        return principal.getName();
    }
}
