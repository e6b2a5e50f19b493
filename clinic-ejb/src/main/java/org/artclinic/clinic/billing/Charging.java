package org.artclinic.clinic.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.artclinic.clinic.charting.SpinalRegion;
import org.artclinic.clinic.charting.VisitNote;
import org.artclinic.clinic.charting.VisitServiceLine;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.patient.InsurancePolicy;
import org.artclinic.clinic.plan.PlanStatus;
import org.artclinic.clinic.plan.TreatmentPlan;
import org.artclinic.clinic.scheduling.Appointment;

/**
 * Makes the charges of a signed visit note: gathers what {@link ChargeRules} needs from the database
 * (the payer, the code set and fees of the date of service, the authorization count, the year's
 * therapy charges, the treatment plan) and stores the result as a {@link ChargeSheet}. Used by the
 * signing service in the signing transaction, and by the demo seeder for the demo's signed notes.
 */
public final class Charging {

    private final EntityManager em;

    // answers that do not change while this instance works, asked once per code (the demo charges
    // hundreds of notes in one transaction; a query per line would also flush the whole context)
    private final Map<String, Optional<ProcedureCode>> procedures = new HashMap<>();
    private final Map<String, Optional<DiagnosisCode>> diagnoses = new HashMap<>();
    private final Map<String, List<DiagnosisCode>> under = new HashMap<>();
    private final Map<String, List<FeeScheduleEntry>> fees = new HashMap<>();
    /** Therapy charged by the sheets this instance made, by patient, payer and year (not yet in a query). */
    private final Map<String, Money> therapyMade = new HashMap<>();
    private Payer selfPay;

    public Charging(EntityManager em) {
        this.em = em;
    }

    /** The charges of a signed note, made now unless they exist already. */
    public ChargeSheet charge(VisitNote note, Instant at) {
        Optional<ChargeSheet> existing = em.createNamedQuery(ChargeSheet.OF_NOTE, ChargeSheet.class)
                .setParameter("note", note.getId()).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Appointment appointment = note.getAppointment();
        LocalDate day = appointment.getStartsAt().atZone(appointment.getLocation().getZone()).toLocalDate();
        Optional<InsurancePolicy> policy = primaryPolicy(note);
        Payer payer = policy.map(InsurancePolicy::getPayer).orElseGet(this::selfPay);
        ChargeRules.VisitToBill visit = new ChargeRules.VisitToBill(day, note.getPractitioner().getDiscipline(),
                note.getServices().stream().map(s -> service(s, day)).toList(), !note.getArtEntries().isEmpty(),
                activePlanOn(note, day), policy.flatMap(p -> authorization(p, appointment, day)).orElse(null),
                therapyChargedBefore(note, payer, day));
        ChargeRules.Priced priced = ChargeRules.price(visit, payer, ChargeRules.lookup(
                code -> diagnosisProblem(code, day), code -> fee(payer, code, day)));
        ChargeSheet sheet = new ChargeSheet(note, payer, policy.orElse(null), day, priced, at);
        em.persist(sheet);
        Money therapy = Money.ZERO;
        for (ChargeLine line : sheet.getLines()) {
            if (procedure(line.getCode(), day).map(c -> c.getKind().isTherapy()).orElse(false)) {
                therapy = therapy.plus(line.getAmount());
            }
        }
        therapyMade.merge(therapyKey(note, payer, day), therapy, Money::plus);
        return sheet;
    }

    private Optional<InsurancePolicy> primaryPolicy(VisitNote note) {
        return em.createNamedQuery(InsurancePolicy.OF_PATIENT, InsurancePolicy.class)
                .setParameter("patient", note.getPatient()).setFlushMode(FlushModeType.COMMIT).getResultStream()
                .filter(p -> p.isActive() && p.getPriority() == InsurancePolicy.Priority.PRIMARY && p.getPayer() != null)
                .findFirst();
    }

    Payer selfPay() {
        if (selfPay == null) {
            selfPay = em.createNamedQuery(Payer.SELF_PAY, Payer.class).getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("the self-pay payer is missing (BillingSetUp)"));
        }
        return selfPay;
    }

    private ChargeRules.ServiceToBill service(VisitServiceLine line, LocalDate day) {
        Set<BodyRegion> treated = EnumSet.noneOf(BodyRegion.class);
        Set<SpinalRegion> manipulated = EnumSet.noneOf(SpinalRegion.class);
        for (String region : line.getRegions()) {
            String name = region.toUpperCase(Locale.ROOT);
            if (line.getService().kind() == org.artclinic.clinic.charting.ChartedService.Kind.SPINAL_MANIPULATION) {
                enumOf(SpinalRegion.class, name).ifPresent(manipulated::add);
            } else {
                enumOf(BodyRegion.class, name).ifPresent(treated::add);
            }
        }
        return new ChargeRules.ServiceToBill(line.getCode(), procedure(line.getCode(), day), line.getMinutes(),
                treated, manipulated, line.getDiagnosisCodes());
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Optional<ProcedureCode> procedure(String code, LocalDate day) {
        return procedures.computeIfAbsent(code, c -> em.createNamedQuery(ProcedureCode.BY_CODE, ProcedureCode.class)
                .setParameter("code", c).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst())
                .filter(c -> c.inEffectOn(day));
    }

    Optional<String> diagnosisProblem(String code, LocalDate day) {
        String normal;
        try {
            normal = DiagnosisCode.checkedCode(code);
        } catch (org.artclinic.clinic.common.DomainException e) {
            return Optional.of(e.getMessage());
        }
        Optional<DiagnosisCode> found = diagnoses.computeIfAbsent(normal, c -> em.createNamedQuery(
                DiagnosisCode.BY_CODE, DiagnosisCode.class).setParameter("code", c).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst());
        if (found.isPresent() && found.get().isBillable() && found.get().inEffectOn(day)) {
            return Optional.empty();
        }
        List<DiagnosisCode> longer = under.computeIfAbsent(normal, c -> em.createNamedQuery(DiagnosisCode.UNDER,
                DiagnosisCode.class).setParameter("prefix", c + "%").setParameter("code", c)
                .setFlushMode(FlushModeType.COMMIT).getResultList());
        return DiagnosisCheck.problem(normal, day, found, longer);
    }

    Optional<Money> fee(Payer payer, String code, LocalDate day) {
        return fees.computeIfAbsent(payer.getId() + " " + code, key -> em.createNamedQuery(
                FeeScheduleEntry.OF_PAYER_AND_CODE, FeeScheduleEntry.class).setParameter("payer", payer.getId())
                .setParameter("code", code).setFlushMode(FlushModeType.COMMIT).getResultList()).stream()
                .filter(f -> f.inEffectOn(day)).map(FeeScheduleEntry::getFee).findFirst();
    }

    private boolean activePlanOn(VisitNote note, LocalDate day) {
        return em.createNamedQuery(TreatmentPlan.OF_PATIENT, TreatmentPlan.class)
                .setParameter("patient", note.getPatient().getId()).setFlushMode(FlushModeType.COMMIT).getResultStream()
                .anyMatch(p -> !p.getStartsOn().isAfter(day)
                        && (p.getStatus() == PlanStatus.ACTIVE || p.getEndedOn() != null && !p.getEndedOn().isBefore(day)));
    }

    /** Which visit this is among those the policy's authorization counts (kept visits up to this one). */
    private Optional<ChargeRules.Authorization> authorization(InsurancePolicy policy, Appointment appointment,
            LocalDate day) {
        if (!policy.authorizationCovers(day)) {
            return Optional.empty();
        }
        List<Appointment> visits = em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.location"
                + " WHERE a.patient = :patient AND a.startsAt >= :from AND a.startsAt <= :until"
                + " AND a.status NOT IN (org.artclinic.clinic.scheduling.AppointmentStatus.CANCELLED,"
                + " org.artclinic.clinic.scheduling.AppointmentStatus.NO_SHOW)", Appointment.class)
                .setParameter("patient", appointment.getPatient())
                .setParameter("from", policy.authorizationSearchStart())
                .setParameter("until", appointment.getStartsAt())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        long number = visits.stream()
                .filter(a -> policy.authorizationCovers(a.getStartsAt().atZone(a.getLocation().getZone()).toLocalDate()))
                .count();
        return Optional.of(new ChargeRules.Authorization(policy.getAuthorizedVisits(), number));
    }

    /**
     * The patient's therapy charges to the payer earlier in the year: stored ones, and the ones this
     * instance made and has not flushed. Asked only when the payer has a KX threshold for the year.
     */
    private Money therapyChargedBefore(VisitNote note, Payer payer, LocalDate day) {
        if (payer.getId() == null || payer.kxThreshold(day.getYear()).isEmpty()) {
            return Money.ZERO;
        }
        Money made = therapyMade.getOrDefault(therapyKey(note, payer, day), Money.ZERO);
        java.math.BigDecimal sum = em.createNamedQuery(ChargeSheet.THERAPY_CHARGED, java.math.BigDecimal.class)
                .setParameter("kinds", List.of(ProcedureKind.THERAPY, ProcedureKind.EVALUATION))
                .setParameter("patient", note.getPatient().getId())
                .setParameter("payer", payer.getId())
                .setParameter("from", day.withDayOfYear(1))
                .setParameter("to", day.minusDays(1))
                .setParameter("except", -1L)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        return made.plus(sum == null ? Money.ZERO : Money.of(sum));
    }

    private static String therapyKey(VisitNote note, Payer payer, LocalDate day) {
        return note.getPatient().getId() + " " + payer.getId() + " " + day.getYear();
    }
}
