package org.artclinic.clinic.billing;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.patient.InsurancePolicy;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;

/**
 * Claims and payments: a claim from a visit's approved charges, its status moved by a manager,
 * payments posted with the claim's row locked (two managers posting at once both count, neither is
 * refused), a secondary claim once the primary has paid, patients' payments, and a patient's balance.
 */
@Stateless
@DenyAll
public class ClaimService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    @Resource
    private SessionContext session;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.practice-name")
    private String practiceName;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.npi")
    private String npi;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.tax-id")
    private String taxId;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.address")
    private String billingAddress;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.contact")
    private String contact;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.phone")
    private String phone;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.submitter-id")
    private String submitterId;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.receiver-id")
    private String receiverId;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.receiver-name")
    private String receiverName;

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "clinic.billing.usage", defaultValue = "T")
    private String usage;

    /** The payer's claim for a visit's approved charges. */
    @RolesAllowed(Role.Names.MANAGER)
    public Claim createClaim(long sheetId) {
        ChargeSheet sheet = em.find(ChargeSheet.class, sheetId, LockModeType.PESSIMISTIC_WRITE);
        if (sheet == null) {
            throw new DomainException("There are no charges with id " + sheetId + ".");
        }
        Claim claim = Claim.primary(sheet, clock.now(), caller());
        em.persist(claim);
        return claim;
    }

    /** Claims for every visit whose approved charges are a payer's (200 at a time, oldest first); how many. */
    @RolesAllowed(Role.Names.MANAGER)
    public int claimApproved() {
        List<ChargeSheet> approved = em.createQuery("SELECT s FROM ChargeSheet s WHERE s.status ="
                + " org.artclinic.clinic.billing.ChargeStatus.APPROVED AND s.payer.selfPay = FALSE"
                + " ORDER BY s.dateOfService, s.id", ChargeSheet.class).setMaxResults(200).getResultList();
        int made = 0;
        for (ChargeSheet sheet : approved) {
            if (!sheet.getTotal().isZero()) {
                em.persist(Claim.primary(sheet, clock.now(), caller()));
                made++;
            }
        }
        return made;
    }

    /**
     * The 837P file of the ready claims (at most {@link ClaimBatch#MAX_CLAIMS}, oldest first), kept
     * as a batch; its claims become submitted. A ready claim that cannot be sent (no electronic payer
     * id, no NPI for the provider, no address for the patient) stays ready and the batch names it with
     * what is missing; when none can be sent, nothing changes and the refusal says why.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ClaimBatch sendReady() {
        List<Claim> ready = em.createQuery("SELECT c FROM Claim c WHERE c.status ="
                + " org.artclinic.clinic.billing.ClaimStatus.READY ORDER BY c.dateOfService, c.id", Claim.class)
                .setMaxResults(ClaimBatch.MAX_CLAIMS).getResultList();
        if (ready.isEmpty()) {
            throw new StateConflict("No claim is ready to send: move claims to ready first.");
        }
        List<Claim> sent = new java.util.ArrayList<>();
        List<X12ClaimFile.ClaimData> data = new java.util.ArrayList<>();
        List<String> held = new java.util.ArrayList<>();
        for (Claim claim : ready) {
            try {
                data.add(ediClaim(claim));
                sent.add(claim);
            } catch (DomainException missing) {
                held.add("Claim " + claim.getId() + " (" + claim.getPatient().getSortName() + ", "
                        + claim.getDateOfService() + "): " + missing.getMessage());
            }
        }
        if (sent.isEmpty()) {
            throw new DomainException("No ready claim can be sent yet. " + String.join(" ", held.subList(0,
                    Math.min(5, held.size()))) + (held.size() > 5 ? " And " + (held.size() - 5) + " more." : ""));
        }
        String[] address = billingAddress.split("\\|");
        java.time.Instant now = clock.now();
        // an interchange control number unique for a long time: the minutes since 2020, mod 10^9; two
        // files in the same minute take the next free number
        int control = (int) ((now.getEpochSecond() - 1_577_836_800L) / 60 % 1_000_000_000L);
        Integer last = em.createQuery("SELECT MAX(b.controlNumber) FROM ClaimBatch b", Integer.class).getSingleResult();
        if (last != null && last >= control) {
            control = last + 1;
        }
        String file = X12ClaimFile.write(new X12ClaimFile.Batch(submitterId, receiverId, receiverName,
                new X12ClaimFile.Submitter(practiceName, submitterId, contact, phone),
                new X12ClaimFile.BillingProvider(practiceName, npi, taxId, new X12ClaimFile.Address(address[0],
                        address[1], address[2], address[3])),
                control, control % 1_000_000, now.atZone(java.time.ZoneOffset.UTC), "P".equals(usage), data));
        String by = caller();
        for (Claim claim : sent) {
            claim.moveTo(ClaimStatus.SUBMITTED, "Sent in the 837P file " + control, now, by);
        }
        ClaimBatch batch = new ClaimBatch(control, now, by, sent.size(), file, held);
        em.persist(batch);
        return batch;
    }

    /** The 837P files sent, newest first, a page at a time. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<ClaimBatch> batches(int first, int max) {
        return em.createQuery("SELECT b FROM ClaimBatch b ORDER BY b.createdAt DESC, b.id DESC", ClaimBatch.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** One 837P file as it was sent. */
    @RolesAllowed(Role.Names.MANAGER)
    public ClaimBatch batch(long id) {
        ClaimBatch batch = em.find(ClaimBatch.class, id);
        if (batch == null) {
            throw new DomainException("There is no 837P file with id " + id + ".");
        }
        return batch;
    }

    /** How many claims are ready to send. */
    @RolesAllowed(Role.Names.MANAGER)
    public long readyCount() {
        return em.createQuery("SELECT COUNT(c) FROM Claim c WHERE c.status ="
                + " org.artclinic.clinic.billing.ClaimStatus.READY", Long.class).getSingleResult();
    }

    private static X12ClaimFile.ClaimData ediClaim(Claim claim) {
        Payer payer = claim.getPayer();
        if (payer.getEdiPayerId() == null) {
            throw new DomainException(payer.getName() + " has no electronic payer id: set it on the payer first.");
        }
        ChargeSheet sheet = claim.getSheet();
        var provider = sheet.getPractitioner();
        if (provider.getNpi() == null) {
            throw new DomainException(provider.getDisplayName() + " has no NPI: a claim names the rendering provider's.");
        }
        Patient patient = claim.getPatient();
        if (patient.getAddress() == null) {
            throw new DomainException(patient.getFullName() + " has no address: a claim needs it.");
        }
        X12ClaimFile.Address address = new X12ClaimFile.Address(patient.getAddress().getLine1(),
                patient.getAddress().getCity(), patient.getAddress().getRegion(), patient.getAddress().getPostalCode());
        String sex = switch (patient.getSex()) {
            case FEMALE -> "F";
            case MALE -> "M";
            default -> "U";
        };
        X12ClaimFile.Person person = new X12ClaimFile.Person(patient.getFamilyName(), patient.getGivenName(),
                patient.getBirthDate(), sex, address);
        InsurancePolicy policy = claim.getPolicy();
        InsurancePolicy.Relationship relationship = policy == null ? InsurancePolicy.Relationship.SELF
                : policy.getRelationship();
        X12ClaimFile.Person subscriber = person;
        X12ClaimFile.Person patientLoop = null;
        if (relationship != InsurancePolicy.Relationship.SELF) {
            String name = policy.getSubscriberName().strip();
            int space = name.lastIndexOf(' ');
            subscriber = new X12ClaimFile.Person(space < 0 ? name : name.substring(space + 1),
                    space < 0 ? "" : name.substring(0, space), null, "U", address);
            patientLoop = person;
        }
        String code = switch (relationship) {
            case SELF -> "18";
            case SPOUSE -> "01";
            case CHILD -> "19";
            case OTHER -> "G8";
        };
        String filing = switch (payer.getKind()) {
            case MEDICARE -> "MB";
            case MEDICAID -> "MC";
            case WORKERS_COMPENSATION -> "WC";
            default -> "CI";
        };
        String display = provider.getDisplayName().replaceFirst("^(Dr\\.?|Doctor)\\s+", "");
        int space = display.lastIndexOf(' ');
        List<X12ClaimFile.Line> lines = sheet.getLines().stream().filter(l -> l.getUnits() > 0)
                .map(l -> new X12ClaimFile.Line(l.getCode(), l.getModifiers().stream().map(Modifier::code).toList(),
                        l.getAmount().amount(), l.getUnits(), l.getDiagnosisPointers()))
                .toList();
        return new X12ClaimFile.ClaimData(String.valueOf(claim.getId()), payer.getName(), payer.getEdiPayerId(), filing,
                policy == null ? "" : policy.getMemberId(), policy == null ? null : policy.getGroupNumber(), subscriber,
                code, patientLoop, sheet.getDiagnoses(), space < 0 ? display : display.substring(space + 1),
                space < 0 ? "" : display.substring(0, space), provider.getNpi(), claim.getDateOfService(), lines);
    }

    /** The secondary payer's claim for what the primary left to the patient. */
    @RolesAllowed(Role.Names.MANAGER)
    public Claim createSecondary(long primaryClaimId) {
        Claim primary = locked(primaryClaimId);
        if (!em.createQuery("SELECT c FROM Claim c WHERE c.primaryClaim = :primary", Claim.class)
                .setParameter("primary", primary).getResultList().isEmpty()) {
            throw new StateConflict("The secondary payer's claim exists already.");
        }
        InsurancePolicy secondary = em.createNamedQuery(InsurancePolicy.OF_PATIENT, InsurancePolicy.class)
                .setParameter("patient", primary.getPatient()).getResultStream()
                .filter(p -> p.isActive() && p.getPriority() == InsurancePolicy.Priority.SECONDARY).findFirst()
                .orElse(null);
        Claim claim = primary.secondary(secondary, clock.now(), caller());
        em.persist(claim);
        return claim;
    }

    @RolesAllowed(Role.Names.MANAGER)
    public Claim claim(long id) {
        Claim claim = em.find(Claim.class, id);
        if (claim == null) {
            throw new DomainException("There is no claim with id " + id + ".");
        }
        return claim;
    }

    /** The claims of a visit's charges, primary first. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<Claim> claimsOfCharges(long sheetId) {
        return em.createNamedQuery(Claim.OF_SHEET, Claim.class).setParameter("sheet", sheetId).getResultList();
    }

    /** One page of claims, oldest date of service first, with patient and payer. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<Claim> claims(ClaimFilter filter, int first, int max) {
        TypedQuery<Claim> query = em.createQuery("SELECT c FROM Claim c JOIN FETCH c.patient JOIN FETCH c.payer"
                + where(filter) + " ORDER BY c.dateOfService, c.id", Claim.class);
        parameters(filter).forEach(query::setParameter);
        // the page's histories in one more query, not one per claim (the API lists each claim's events)
        query.setHint("eclipselink.batch", "c.events");
        query.setHint("eclipselink.batch.type", "IN");
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }

    @RolesAllowed(Role.Names.MANAGER)
    public long count(ClaimFilter filter) {
        // the date of service is in the status, payer and date indexes: PostgreSQL counts from the index
        // alone, not from each claim's row (COUNT(c) counts the id; decision 0061)
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c.dateOfService) FROM Claim c" + where(filter), Long.class);
        parameters(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** How many claims are in each status (the billing overview). */
    @RolesAllowed(Role.Names.MANAGER)
    public Map<ClaimStatus, Long> countsByStatus() {
        Map<ClaimStatus, Long> counts = new java.util.EnumMap<>(ClaimStatus.class);
        // counted from the status index alone (as count(filter) is), not from every claim's row
        for (Object[] row : em.createQuery("SELECT c.status, COUNT(c.dateOfService) FROM Claim c GROUP BY c.status",
                Object[].class).getResultList()) {
            counts.put((ClaimStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** What payers still owe: the balances of claims neither paid nor written off (the A/R total). */
    @RolesAllowed(Role.Names.MANAGER)
    public Money openBalance() {
        return money(em.createQuery("SELECT SUM(c.balance.amount) FROM Claim c WHERE c.status NOT IN :closed",
                BigDecimal.class).setParameter("closed", List.of(ClaimStatus.PAID, ClaimStatus.WRITTEN_OFF))
                .getSingleResult());
    }

    private static String where(ClaimFilter f) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.status() != null) {
            where.append(" AND c.status = :status");
        }
        if (f.payerId() != null) {
            where.append(" AND c.payer.id = :payer");
        }
        if (f.patientId() != null) {
            where.append(" AND c.patient.id = :patient");
        }
        return where.toString();
    }

    private static Map<String, Object> parameters(ClaimFilter f) {
        Map<String, Object> p = new HashMap<>();
        if (f.status() != null) {
            p.put("status", f.status());
        }
        if (f.payerId() != null) {
            p.put("payer", f.payerId());
        }
        if (f.patientId() != null) {
            p.put("patient", f.patientId());
        }
        return p;
    }

    /** Moves a claim by hand (ready, submitted, denied, appealed, written off), with the version read. */
    @RolesAllowed(Role.Names.MANAGER)
    public Claim move(long claimId, long version, ClaimStatus next, String note) {
        Claim claim = claim(claimId);
        claim.requireVersion(version, "this claim");
        claim.moveTo(next, note, clock.now(), caller());
        return claim;
    }

    /**
     * Posts a payer's payment to a claim. The claim's row is locked for the posting: a second manager
     * posting to the same claim waits, then posts on the new balance, so no payment is lost or refused
     * for being concurrent.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public Payment postPayment(long claimId, Money amount, List<Adjustment> adjustments, LocalDate receivedOn,
            PaymentMethod method, String reference) {
        Claim claim = locked(claimId);
        Payment payment = Payment.fromPayer(claim, amount, adjustments, receivedOn, method, reference, caller(),
                clock.now());
        claim.post(payment, clock.now(), caller());
        em.persist(payment);
        return payment;
    }

    /** A patient's payment at the desk (the copay taken at check-in is recorded by the check-in). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.FRONT_DESK})
    public Payment postPatientPayment(long patientId, Money amount, LocalDate receivedOn, PaymentMethod method,
            String reference) {
        Patient patient = patient(patientId);
        Payment payment = Payment.fromPatient(patient, amount, receivedOn == null ? clock.today() : receivedOn, method,
                reference, null, caller(), clock.now());
        em.persist(payment);
        return payment;
    }

    /** A patient's payments, newest first (at most 200). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.FRONT_DESK})
    public List<Payment> paymentsOfPatient(long patientId) {
        patient(patientId);
        return em.createNamedQuery(Payment.OF_PATIENT, Payment.class).setParameter("patient", patientId)
                .setMaxResults(200).getResultList();
    }

    @RolesAllowed(Role.Names.MANAGER)
    public List<Payment> paymentsOfClaim(long claimId) {
        claim(claimId);
        return em.createNamedQuery(Payment.OF_CLAIM, Payment.class).setParameter("claim", claimId).getResultList();
    }

    /** What the patient owes (or has in credit), added up in the database. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public PatientBalance balance(long patientId) {
        patient(patientId);
        return balanceBefore(patientId, null);
    }

    /**
     * The superbill of a patient's approved visits with a date of service in the period (at most
     * 100 visits), with their payments and the balance.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.FRONT_DESK})
    public Superbill superbill(long patientId, LocalDate from, LocalDate to) {
        Patient patient = patient(patientId);
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("Give the period of the superbill: from a day to the same or a later day.");
        }
        List<ChargeSheet> visits = approvedVisits(patientId, from, to, 100);
        Map<String, String> words = new java.util.TreeMap<>();
        List<String> codes = visits.stream().flatMap(v -> v.getDiagnoses().stream()).distinct().toList();
        if (!codes.isEmpty()) {
            em.createQuery("SELECT d FROM DiagnosisCode d WHERE d.code IN :codes", DiagnosisCode.class)
                    .setParameter("codes", codes).getResultList()
                    .forEach(d -> words.put(d.getCode(), d.getDescription()));
        }
        Money charged = visits.stream().map(ChargeSheet::getTotal).reduce(Money.ZERO, Money::plus);
        BigDecimal insurers = visits.isEmpty() ? null : em.createQuery("SELECT SUM(c.paid.amount) FROM Claim c"
                + " WHERE c.sheet IN :sheets", BigDecimal.class).setParameter("sheets", visits).getSingleResult();
        BigDecimal patientPaid = em.createQuery("SELECT SUM(p.amount.amount) FROM Payment p WHERE p.patient.id = :p"
                + " AND p.source = org.artclinic.clinic.billing.Payment.Source.PATIENT AND p.receivedOn BETWEEN :from"
                + " AND :to", BigDecimal.class).setParameter("p", patientId).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        return new Superbill(practice(), patient, from, to, visits, words, charged, money(insurers), money(patientPaid),
                balance(patientId));
    }

    /**
     * The patient's statement of the period (at most 200 visits and 200 payments): the balance
     * brought forward from before it, the approved visits with how their money split, the patient's
     * payments, and the amount due (see {@link PatientStatement}).
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.FRONT_DESK})
    public Statement statement(long patientId, LocalDate from, LocalDate to) {
        Patient patient = patient(patientId);
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("Give the period of the statement: from a day to the same or a later day.");
        }
        List<ChargeSheet> sheets = approvedVisits(patientId, from, to, 200);
        List<Claim> claimsOfSheets = sheets.isEmpty() ? List.of() : em.createQuery("SELECT c FROM Claim c"
                + " WHERE c.sheet IN :sheets ORDER BY c.id", Claim.class).setParameter("sheets", sheets).getResultList();
        java.util.Set<Long> takenOver = new java.util.HashSet<>();
        claimsOfSheets.stream().filter(c -> c.getPrimaryClaim() != null).forEach(c -> takenOver.add(c.getPrimaryClaim()
                .getId()));
        Map<Long, List<PatientStatement.ClaimMoney>> bySheet = new HashMap<>();
        for (Claim c : claimsOfSheets) {
            bySheet.computeIfAbsent(c.getSheet().getId(), k -> new java.util.ArrayList<>())
                    .add(PatientStatement.ClaimMoney.of(c, takenOver.contains(c.getId())));
        }
        List<PatientStatement.Visit> visits = sheets.stream().map(s -> new PatientStatement.Visit(s.getDateOfService(),
                "Visit with " + s.getPractitioner().getDisplayName() + " at " + s.getLocation().getName()
                        + (s.getPayer().isSelfPay() ? "" : " (billed to " + s.getPayer().getName() + ")"),
                s.getTotal(), s.getPayer().isSelfPay(), bySheet.getOrDefault(s.getId(), List.of()))).toList();
        List<PatientStatement.PatientPayment> payments = em.createQuery("SELECT p FROM Payment p WHERE p.patient.id = :p"
                + " AND p.source = org.artclinic.clinic.billing.Payment.Source.PATIENT AND p.receivedOn BETWEEN :from"
                + " AND :to ORDER BY p.receivedOn, p.id", Payment.class).setParameter("p", patientId)
                .setParameter("from", from).setParameter("to", to).setMaxResults(200).getResultStream()
                .map(p -> new PatientStatement.PatientPayment(p.getReceivedOn(), "Payment, thank you"
                        + (p.getMethod() == PaymentMethod.NOT_RECORDED ? "" : " (" + p.getMethod().name().toLowerCase(
                                java.util.Locale.ROOT) + ")"), p.getAmount()))
                .toList();
        return new Statement(patient, practice(), PatientStatement.of(from, to, clock.today(),
                balanceBefore(patientId, from).net(), visits, payments));
    }

    /** A statement, whose it is, and the practice it is from (to pay and to call with questions). */
    public record Statement(Patient patient, Practice practice, PatientStatement statement) {
    }

    /** The practice as it bills: its name, group NPI, tax id, address on one line and phone (clinic.billing.*). */
    public record Practice(String name, String npi, String taxId, String address, String phone) {
    }

    private Practice practice() {
        String[] address = billingAddress.split("\\|");
        return new Practice(practiceName, npi, taxId, address[0] + ", " + address[1] + ", " + address[2] + " "
                + address[3], phone);
    }

    /**
     * The patient's balance from the visits before the day and the payments received before it (all
     * of them when the day is null): approved self-pay charges, plus what insurers left to the patient
     * on claims no secondary payer took over, less the patient's payments.
     */
    private PatientBalance balanceBefore(long patientId, LocalDate day) {
        TypedQuery<BigDecimal> selfPay = em.createQuery("SELECT SUM(s.total.amount) FROM ChargeSheet s"
                + " WHERE s.patient.id = :p AND s.payer.selfPay = TRUE"
                + " AND s.status <> org.artclinic.clinic.billing.ChargeStatus.TO_REVIEW"
                + (day == null ? "" : " AND s.dateOfService < :day"), BigDecimal.class);
        TypedQuery<BigDecimal> shares = em.createQuery("SELECT SUM(c.patientShare.amount) FROM Claim c"
                + " WHERE c.patient.id = :p AND NOT EXISTS (SELECT s FROM Claim s WHERE s.primaryClaim = c)"
                + (day == null ? "" : " AND c.dateOfService < :day"), BigDecimal.class);
        TypedQuery<BigDecimal> paid = em.createQuery("SELECT SUM(p.amount.amount) FROM Payment p WHERE p.patient.id = :p"
                + " AND p.source = org.artclinic.clinic.billing.Payment.Source.PATIENT"
                + (day == null ? "" : " AND p.receivedOn < :day"), BigDecimal.class);
        List<BigDecimal> sums = new java.util.ArrayList<>();
        for (TypedQuery<BigDecimal> query : List.of(selfPay, shares, paid)) {
            query.setParameter("p", patientId);
            if (day != null) {
                query.setParameter("day", day);
            }
            sums.add(query.getSingleResult());
        }
        return new PatientBalance(money(sums.get(0)), money(sums.get(1)), money(sums.get(2)));
    }

    /** A patient's visits with approved (or billed) charges in the period, oldest first, with who and where. */
    private List<ChargeSheet> approvedVisits(long patientId, LocalDate from, LocalDate to, int max) {
        return em.createQuery("SELECT s FROM ChargeSheet s JOIN FETCH s.practitioner"
                + " JOIN FETCH s.location JOIN FETCH s.payer WHERE s.patient.id = :p AND s.dateOfService BETWEEN :from"
                + " AND :to AND s.status <> org.artclinic.clinic.billing.ChargeStatus.TO_REVIEW"
                + " ORDER BY s.dateOfService, s.id", ChargeSheet.class)
                .setParameter("p", patientId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultList();
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? Money.ZERO : Money.of(amount);
    }

    private Patient patient(long patientId) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            throw new DomainException("There is no patient with id " + patientId + ".");
        }
        return patient;
    }

    private Claim locked(long claimId) {
        Claim claim = em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new DomainException("There is no claim with id " + claimId + ".");
        }
        return claim;
    }

    private String caller() {
        Principal principal = session.getCallerPrincipal();
        return principal.getName();
    }
}
