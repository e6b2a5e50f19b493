package org.artclinic.clinic.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.billing.Payer;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.PhoneNumbers;
import org.artclinic.clinic.common.SearchText;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The patient registry: registration with duplicate check, search, edits, insurance. */
@Stateless
@DenyAll
public class PatientService {

    /** Counting patients stops after this many; see {@link #count}. */
    public static final int COUNTED_UP_TO = 1000;

    /**
     * The same order as the query's ORDER BY: the search columns are compared code point by code
     * point on both databases (PostgreSQL's columns have the "C" collation, migration V24.1, and
     * they hold only lower-case letters, digits and spaces, SearchText#name).
     */
    private static final Comparator<Patient> NAME_ORDER = Comparator.comparing(Patient::getSearchFamily)
            .thenComparing(Patient::getSearchGiven).thenComparing(Patient::getId);

    private static final List<AppointmentStatus> FREE = List.of(AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW);

    @PersistenceContext
    private EntityManager em;

    /** Today for ages and birth-date checks is the clinic's day, not the server's. */
    /** The patient's balance for the header, added up by billing. */
    @jakarta.ejb.EJB
    private org.artclinic.clinic.billing.ClaimService claims;

    @Inject
    private ClinicClock clock;

    /** The country of phone numbers typed without a country code. */
    @Inject
    @ConfigProperty(name = "clinic.phone.default-region", defaultValue = PhoneNumbers.DEFAULT_REGION)
    private String phoneRegion;

    /** A possible duplicate found while registering, with the reasons it looks like the same person. */
    public record PossibleDuplicate(Patient patient, List<String> reasons) {
    }

    /**
     * Existing patients who may be the person about to be registered (same name and birth date,
     * same phone however it was typed, or same email), so the receptionist can open that chart instead.
     *
     * @throws DomainException when the candidate's phone is not a phone number
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public List<PossibleDuplicate> possibleDuplicates(PatientDetails candidate) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM Patient p WHERE (p.searchFamily = :family "
                + "AND p.searchGiven = :given AND p.birthDate = :birthDate)");
        String phone = PhoneNumbers.e164(candidate.phone(), phoneRegion, "Phone");
        String email = candidate.email() == null ? "" : candidate.email().strip().toLowerCase(java.util.Locale.ROOT);
        if (phone != null) {
            jpql.append(" OR p.phoneE164 = :phone");
        }
        if (!email.isEmpty()) {
            jpql.append(" OR p.email = :email");
        }
        TypedQuery<Patient> query = em.createQuery(jpql.append(" ORDER BY p.familyName, p.givenName").toString(),
                Patient.class)
                .setParameter("family", SearchText.name(candidate.familyName()))
                .setParameter("given", SearchText.name(candidate.givenName()))
                .setParameter("birthDate", candidate.birthDate())
                .setMaxResults(20);
        if (phone != null) {
            query.setParameter("phone", phone);
        }
        if (!email.isEmpty()) {
            query.setParameter("email", email);
        }
        List<PossibleDuplicate> found = new ArrayList<>();
        for (Patient existing : query.getResultList()) {
            List<String> reasons = DuplicateCheck.reasons(candidate, existing, phoneRegion);
            if (!reasons.isEmpty()) {
                found.add(new PossibleDuplicate(existing, reasons));
            }
        }
        return found;
    }

    /**
     * Registers a patient with the next chart number.
     *
     * @param confirmedNotDuplicate the receptionist has seen the possible duplicates and confirms
     *        this is another person; without it, a registration that looks like an existing
     *        patient is refused with a message naming the existing charts
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public Patient register(PatientDetails details, boolean confirmedNotDuplicate) {
        Patient patient = new Patient("pending", details, today(), phoneRegion); // validates before the chart number is used
        if (!confirmedNotDuplicate) {
            List<PossibleDuplicate> duplicates = possibleDuplicates(details);
            if (!duplicates.isEmpty()) {
                throw new DomainException("Possible duplicate of " + describe(duplicates)
                        + ". Open that chart, or confirm that this is another person.");
            }
        }
        Number next = (Number) em.createNativeQuery("SELECT nextval('patient_chart_seq')").getSingleResult();
        patient = new Patient("P" + next.longValue(), details, today(), phoneRegion);
        em.persist(patient);
        return patient;
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public Patient update(long id, long version, PatientDetails details) {
        Patient patient = find(id);
        patient.requireVersion(version, patient.getFullName() + "'s record");
        PatientDetails before = patient.details();
        patient.update(details, today(), phoneRegion);
        // the audit trail keeps what the record said before the edit (decision 0037)
        org.artclinic.clinic.audit.AuditContext.changed(before, patient.details());
        return patient;
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public Patient find(long id) {
        Patient patient = em.find(Patient.class, id);
        if (patient == null) {
            throw new DomainException("There is no patient with id " + id + ".");
        }
        return patient;
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public java.util.Optional<Patient> findByChartNumber(String chartNumber) {
        return em.createNamedQuery(Patient.BY_CHART_NUMBER, Patient.class)
                .setParameter("chartNumber", chartNumber == null ? "" : chartNumber.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * A page of patients matching what the front desk typed, in name order (family, given, id); see
     * {@link PatientSearch}. A search that may match either name runs each alternative as its own
     * index range in name order and merges them (PatientCondition#alternatives), so its cost
     * follows the page, not the size of the registry. Beyond the first {@link #COUNTED_UP_TO} rows
     * (paging through the API) it reads the page with OFFSET from the OR of the alternatives, as
     * merging would hold every earlier match in memory.
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public List<Patient> search(String text, int first, int pageSize) {
        PatientCondition search = searchFor(text);
        int size = Math.min(pageSize, 200);
        List<PatientCondition> alternatives = search.alternatives();
        if (alternatives.size() == 1 || (long) first + size > COUNTED_UP_TO) {
            return inNameOrder(search).setFirstResult(first).setMaxResults(size).getResultList();
        }
        int needed = first + size;
        Map<Long, Patient> matches = new HashMap<>();
        for (PatientCondition alternative : alternatives) {
            inNameOrder(alternative).setMaxResults(needed).getResultList().forEach(p -> matches.putIfAbsent(p.getId(), p));
        }
        return matches.values().stream().sorted(NAME_ORDER).skip(first).limit(size).toList();
    }

    private TypedQuery<Patient> inNameOrder(PatientCondition condition) {
        return condition.bind(em.createQuery("SELECT p FROM Patient p WHERE " + condition.where()
                + " ORDER BY p.searchFamily, p.searchGiven, p.id", Patient.class));
    }

    /**
     * How many patients match, counted up to {@link #COUNTED_UP_TO} + 1: a larger answer means
     * "more than 1,000", and the pages then ask for a longer search instead of counting a whole
     * registry of 200,000 on every page (55–70 ms at scale 1, bench/RESULTS.md).
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public long count(String text) {
        PatientCondition search = PatientCondition.of(text, phoneRegion);
        long found = countOf(search);
        return found == 0 && search.fallback() != null ? countOf(search.fallback()) : found;
    }

    /** The search for the text; its fallback when it finds nobody (a phone saved before normalizing). */
    private PatientCondition searchFor(String text) {
        PatientCondition search = PatientCondition.of(text, phoneRegion);
        return search.fallback() != null && !matchesAnyone(search) ? search.fallback() : search;
    }

    private boolean matchesAnyone(PatientCondition search) {
        return !search.bind(em.createQuery("SELECT p.id FROM Patient p WHERE " + search.where(), Long.class))
                .setMaxResults(1).getResultList().isEmpty();
    }

    private long countOf(PatientCondition search) {
        Set<Long> ids = new HashSet<>();
        for (PatientCondition alternative : search.alternatives()) {
            ids.addAll(alternative.bind(em.createQuery("SELECT p.id FROM Patient p WHERE " + alternative.where(), Long.class))
                    .setMaxResults(COUNTED_UP_TO + 1).getResultList());
            if (ids.size() > COUNTED_UP_TO) {
                return COUNTED_UP_TO + 1L;
            }
        }
        return ids.size();
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public PatientSummary summary(long id) {
        Patient patient = find(id);
        long noShows = em.createNamedQuery(Appointment.COUNT_BY_STATUS_OF_PATIENT, Long.class)
                .setParameter("patient", patient).setParameter("status", AppointmentStatus.NO_SHOW).getSingleResult();
        long late = em.createNamedQuery(Appointment.COUNT_LATE_CANCELLED_OF_PATIENT, Long.class)
                .setParameter("patient", patient).getSingleResult();
        InsurancePolicy primary = policies(id).stream()
                .filter(p -> p.isActive() && p.getPriority() == InsurancePolicy.Priority.PRIMARY)
                .findFirst().orElse(null);
        OptionalInt remaining = primary == null ? OptionalInt.empty() : remainingVisits(primary);
        return new PatientSummary(patient, patient.ageOn(today()), noShows, late, remaining,
                primary == null ? null : primary.getCopay(), claims.balance(id));
    }

    /**
     * Visits left on a policy's authorization: authorized minus the visits booked or held on its
     * days, each visit's day taken in its own location's time zone (see
     * {@link InsurancePolicy#remainingVisits(java.util.Collection)}).
     */
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public OptionalInt remainingVisits(InsurancePolicy policy) {
        if (policy.getAuthorizedVisits() == null) {
            return OptionalInt.empty();
        }
        List<ZonedDateTime> visits = em.createNamedQuery(Appointment.VISITS_IN_PERIOD, Object[].class)
                .setParameter("patient", policy.getPatient())
                .setParameter("start", policy.authorizationSearchStart())
                .setParameter("end", policy.authorizationSearchEnd())
                .setParameter("free", FREE)
                .getResultStream()
                .map(row -> instant(row[0]).atZone(ZoneId.of((String) row[1])))
                .toList();
        return policy.remainingVisits(visits);
    }

    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public List<InsurancePolicy> policies(long patientId) {
        return em.createNamedQuery(InsurancePolicy.OF_PATIENT, InsurancePolicy.class)
                .setParameter("patient", find(patientId)).getResultList();
    }

    @RolesAllowed(Role.Names.FRONT_DESK) // insurance is the desk's work (minimum necessary, decision 0038)
    public InsurancePolicy addPolicy(long patientId, PolicyDetails details) {
        Patient patient = find(patientId);
        requireOneActivePerPriority(patientId, details.priority(), null);
        InsurancePolicy policy = new InsurancePolicy(patient, details);
        policy.billTo(listedPayer(details.payerName()));
        em.persist(policy);
        return policy;
    }

    @RolesAllowed(Role.Names.FRONT_DESK) // insurance is the desk's work (minimum necessary, decision 0038)
    public InsurancePolicy updatePolicy(long policyId, long version, PolicyDetails details) {
        InsurancePolicy policy = policy(policyId);
        policy.requireVersion(version, "this insurance policy");
        requireOneActivePerPriority(policy.getPatient().getId(), details.priority(), policyId);
        PolicyDetails before = policy.details();
        policy.update(details);
        policy.billTo(listedPayer(details.payerName()));
        org.artclinic.clinic.audit.AuditContext.changed(before, policy.details());
        return policy;
    }

    /**
     * The payer of the payer list with this name (case aside): a policy bills a payer whose rules and
     * fees a manager set up, never a name typed freely.
     */
    private Payer listedPayer(String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new DomainException("Choose the payer from the payer list.");
        }
        return em.createNamedQuery(Payer.BY_NAME, Payer.class)
                .setParameter("name", wanted.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().filter(p -> p.isActive() && !p.isSelfPay()).findFirst()
                .orElseThrow(() -> new DomainException("\"" + wanted + "\" is not in the payer list; choose a payer"
                        + " from the list, or ask a manager to add it."));
    }

    @RolesAllowed(Role.Names.FRONT_DESK) // insurance is the desk's work (minimum necessary, decision 0038)
    public void endPolicy(long policyId) {
        policy(policyId).deactivate();
    }

    private InsurancePolicy policy(long id) {
        InsurancePolicy policy = em.find(InsurancePolicy.class, id);
        if (policy == null) {
            throw new DomainException("There is no insurance policy with id " + id + ".");
        }
        return policy;
    }

    private void requireOneActivePerPriority(long patientId, InsurancePolicy.Priority priority, Long exceptId) {
        InsurancePolicy.Priority wanted = priority == null ? InsurancePolicy.Priority.PRIMARY : priority;
        boolean taken = policies(patientId).stream().anyMatch(p -> p.isActive() && p.getPriority() == wanted
                && !p.getId().equals(exceptId));
        if (taken) {
            throw new DomainException("The patient already has an active " + wanted.name().toLowerCase(java.util.Locale.ROOT)
                    + " policy; end it first.");
        }
    }

    /** A converted column in a projection; some providers hand back the database type. */
    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    private LocalDate today() {
        return clock.today();
    }

    private static String describe(List<PossibleDuplicate> duplicates) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (PossibleDuplicate d : duplicates) {
            charts.put(d.patient().getChartNumber(), d.patient().getFullName() + " (" + d.patient().getChartNumber()
                    + ", born " + d.patient().getBirthDate().format(DateTimeFormatter.ISO_LOCAL_DATE) + ", "
                    + String.join(", ", d.reasons()) + ")");
        }
        return String.join("; ", charts.values());
    }
}
