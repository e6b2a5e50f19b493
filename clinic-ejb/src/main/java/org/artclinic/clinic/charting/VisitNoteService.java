package org.artclinic.clinic.charting;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.billing.ChargeService;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.NotYours;
import org.artclinic.clinic.common.StateConflict;
import org.artclinic.clinic.credential.CredentialService;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.IntakeAssessment;
import org.artclinic.clinic.intake.IntakeService;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.protocol.Protocol;
import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.security.RecentPasswords;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.SignInLimits;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Practitioner;

/**
 * Visit notes for practitioners (decision 0031). A practitioner opens, writes, signs and amends the
 * notes of their own appointments only (another's answers {@link NotYours}); they read any note of
 * the clinic's patients, for continuity of care (issue 13 narrows who may open which patient).
 *
 * <p>Every change locks the note's row first, so two tabs of one practitioner (or a sign while a
 * service is being added) are applied one after the other, and a change after the signature is
 * refused ({@link StateConflict}). A treatment service is checked against the patient's screening
 * gate in the same transaction, with the patient's row locked as the intake's clearances and
 * consents lock it: the gate is the patient's state at the moment the entry is written.
 */
@Stateless
@DenyAll
public class VisitNoteService {

    /** A note, and whether this call opened it (a second "Start visit" finds the same note). */
    public record Opened(VisitNote note, boolean created) {
    }

    /**
     * A line of the objective's re-test grid: a movement and side the intake measured (or this note
     * re-tested), with the intake's baseline, the latest earlier re-test and this note's value.
     */
    public record RetestLine(RomMovement movement, Side side, Integer intake, Integer last, Integer now) {
    }

    /** How many earlier notes {@link #previousEntries} looks through for one with ART entries. */
    private static final int PREVIOUS_NOTES_LOOKED_AT = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    /** Signing makes the visit's charges in the same transaction (issue 12). */
    @EJB
    private ChargeService charges;

    @Inject
    private RecentPasswords recentPasswords;

    @EJB
    private IntakeService intake;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private UserAccountService users;

    @EJB
    private SignInLimits limits;

    @EJB
    private CredentialService credentials;

    @Resource
    private SessionContext session;

    /**
     * The note of an appointment of the caller's: the one already open, or a new draft when the
     * visit is today or earlier and was neither cancelled nor missed.
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public Opened open(long appointmentId) {
        Appointment appointment = em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null) {
            throw new DomainException("There is no appointment with id " + appointmentId + ".");
        }
        requireOwn(appointment.getPractitioner(), "visit of " + appointment.getPatient().getFullName());
        List<VisitNote> existing = em.createNamedQuery(VisitNote.BY_APPOINTMENT, VisitNote.class)
                .setParameter("appointment", appointmentId)
                .getResultList();
        if (!existing.isEmpty()) {
            return new Opened(existing.get(0), false);
        }
        Instant now = clock.now();
        LocalDate visitDay = LocalDate.ofInstant(appointment.getStartsAt(), appointment.getLocation().getZone());
        VisitNoteRules.requireMayOpen(appointment.getStatus(), visitDay,
                LocalDate.ofInstant(now, appointment.getLocation().getZone()));
        VisitNote note = new VisitNote(appointment, caller(), now);
        em.persist(note);
        return new Opened(note, true);
    }

    /** Any note, to read. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public VisitNote find(long id) {
        VisitNote note = em.find(VisitNote.class, id);
        if (note == null) {
            throw new DomainException("There is no visit note with id " + id + ".");
        }
        return note;
    }

    /** A page of a patient's notes, newest visit first. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public List<VisitNote> ofPatient(long patientId, int first, int pageSize) {
        return em.createNamedQuery(VisitNote.OF_PATIENT, VisitNote.class)
                .setParameter("patient", patientId)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    @RolesAllowed(Role.Names.PRACTITIONER)
    public long countOfPatient(long patientId) {
        return em.createNamedQuery(VisitNote.COUNT_OF_PATIENT, Long.class).setParameter("patient", patientId)
                .getSingleResult();
    }

    /**
     * Replaces the SOAP of a draft of the caller's.
     *
     * @param version the version the writer read; null to write over whatever is there
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public VisitNote writeSoap(long id, Long version, Soap soap) {
        VisitNote note = ownForChange(id);
        if (version != null) {
            note.requireVersion(version, "this note");
        }
        note.write(soap);
        return note;
    }

    /**
     * Replaces the SOAP and the range-of-motion re-tests of a draft of the caller's, in one change.
     *
     * @param version the version the writer read; a newer note is refused ({@link StateConflict})
     * @param retests the re-tests to keep; null leaves them as they are
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public VisitNote writeSoap(long id, Long version, Soap soap, List<RangeOfMotion> retests) {
        VisitNote note = ownForChange(id);
        note.requireDraft();
        requireVersion(note, version);
        note.write(soap);
        if (retests != null) {
            note.retest(retests);
        }
        return note;
    }

    /**
     * Replaces the range-of-motion re-tests of a draft of the caller's (decision 0033).
     *
     * @param version the version the writer read; a newer note is refused ({@link StateConflict})
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public VisitNote retest(long id, Long version, List<RangeOfMotion> retests) {
        VisitNote note = ownForChange(id);
        note.requireDraft();
        requireVersion(note, version);
        note.retest(retests);
        em.flush(); // a database refusal belongs to this call, and the new version to the answer
        return note;
    }

    private static void requireVersion(VisitNote note, Long version) {
        if (version != null && version != note.getVersion()) {
            throw new StateConflict("Someone else changed this note while you were editing. "
                    + "Reload to see their changes, then make yours again.");
        }
    }

    /**
     * The re-test grid of a note: each movement and side of the patient's latest intake before the
     * visit, and any other this note re-tested, with the latest earlier re-test (looking back a few
     * notes).
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public List<RetestLine> retestLines(long id) {
        VisitNote note = find(id);
        java.util.Map<String, RetestLine> lines = new java.util.LinkedHashMap<>();
        latestIntakeBefore(note).ifPresent(intake -> intake.getRangeOfMotion().forEach(rom -> {
            for (Side side : sidesOf(rom.getMovement())) {
                lines.putIfAbsent(key(rom.getMovement(), side), new RetestLine(rom.getMovement(), side,
                        valueOf(intake.getRangeOfMotion(), rom.getMovement(), side), null, null));
            }
        }));
        note.getRomRetests().forEach(rom -> {
            for (Side side : sidesOf(rom.getMovement())) {
                lines.putIfAbsent(key(rom.getMovement(), side), new RetestLine(rom.getMovement(), side, null, null,
                        null));
            }
        });
        List<VisitNote> earlier = em.createNamedQuery(VisitNote.EARLIER_OF_PATIENT, VisitNote.class)
                .setParameter("patient", note.getPatient().getId())
                .setParameter("before", note.getVisitStartsAt())
                .setMaxResults(PREVIOUS_NOTES_LOOKED_AT)
                .getResultList();
        return lines.values().stream().map(line -> new RetestLine(line.movement(), line.side(), line.intake(),
                earlier.stream().map(n -> valueOf(n.getRomRetests(), line.movement(), line.side()))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null),
                valueOf(note.getRomRetests(), line.movement(), line.side()))).toList();
    }

    /** The patient's latest intake (or re-assessment) before the visit started, if any. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public java.util.Optional<IntakeAssessment> latestIntakeBefore(VisitNote note) {
        return em.createNamedQuery(IntakeAssessment.OF_PATIENT_BEFORE, IntakeAssessment.class)
                .setParameter("patient", note.getPatient().getId())
                .setParameter("before", note.getVisitStartsAt())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private static List<Side> sidesOf(RomMovement movement) {
        return movement.sided() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.MIDLINE);
    }

    private static String key(RomMovement movement, Side side) {
        return movement + "/" + side;
    }

    private static Integer valueOf(List<RangeOfMotion> measurements, RomMovement movement, Side side) {
        return measurements.stream().filter(m -> m.getMovement() == movement && m.getSide() == side)
                .map(RangeOfMotion::getDegrees).findFirst().orElse(null);
    }

    /**
     * Adds a service to a draft of the caller's. A treatment (not an evaluation) is refused while the
     * patient's treatment is on hold or on a region the intake blocked, naming the reason.
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public VisitServiceLine addService(long id, VisitServiceLine.ServiceRequest request) {
        VisitNote note = ownForChange(id);
        note.requireDraft();
        if (request.service().isTreatment()) {
            requireTreatmentAllowed(note.getPatient(), request.touchedBodyRegions());
        }
        VisitServiceLine line = note.addService(request);
        em.flush(); // the new line's id for the answer
        return line;
    }

    /**
     * Adds an ART entry to a draft of the caller's, in this one transaction: the protocol must be in
     * use and done on that side, the practitioner's licence current and an ART certification of the
     * protocol's group current (decision 0030), and the patient's screening must allow treatment of
     * the protocol's region (decision 0011); each refusal names its reason.
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public ArtEntry addArtEntry(long id, long protocolId, ArtEntry.Request request) {
        VisitNote note = ownForChange(id);
        note.requireDraft();
        Protocol protocol = em.find(Protocol.class, protocolId);
        if (protocol == null) {
            throw new DomainException("There is no protocol with id " + protocolId + ".");
        }
        try {
            credentials.requireMayChart(note.getPractitioner().getId(), protocol.getRegionGroup());
        } catch (StateConflict e) {
            throw e;
        } catch (DomainException e) {
            throw new StateConflict(e.getMessage());
        }
        requireTreatmentAllowed(note.getPatient(), java.util.Set.of(protocol.getRegion()));
        ArtEntry entry = note.addArtEntry(protocol, request);
        em.flush(); // the new entry's id for the answer
        return entry;
    }

    @RolesAllowed(Role.Names.PRACTITIONER)
    public VisitNote removeArtEntry(long id, long entryId) {
        VisitNote note = ownForChange(id);
        note.removeArtEntry(entryId);
        return note;
    }

    /**
     * The protocols to suggest next on a note: the kinetic-chain links of the protocols charted on
     * it that are in use and not charted yet, in the order the entries were made.
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public List<Protocol> suggestions(long id) {
        VisitNote note = find(id);
        java.util.Set<Protocol> charted = new java.util.LinkedHashSet<>();
        note.getArtEntries().forEach(entry -> charted.add(entry.getProtocol()));
        java.util.Set<Protocol> next = new java.util.LinkedHashSet<>();
        charted.forEach(protocol -> next.addAll(protocol.suggestions()));
        next.removeAll(charted);
        return List.copyOf(next);
    }

    /**
     * The ART entries of the patient's latest earlier visit that has any (looking back at most a
     * few notes): what a follow-up usually repeats, offered as defaults for the next entries.
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public List<ArtEntry> previousEntries(long id) {
        VisitNote note = find(id);
        return em.createNamedQuery(VisitNote.EARLIER_OF_PATIENT, VisitNote.class)
                .setParameter("patient", note.getPatient().getId())
                .setParameter("before", note.getVisitStartsAt())
                .setMaxResults(PREVIOUS_NOTES_LOOKED_AT)
                .getResultStream()
                .map(VisitNote::getArtEntries)
                .filter(entries -> !entries.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    @RolesAllowed(Role.Names.PRACTITIONER)
    public VisitNote removeService(long id, long serviceId) {
        VisitNote note = ownForChange(id);
        note.removeService(serviceId);
        return note;
    }

    /**
     * Signs a draft of the caller's after checking their password (counted by the sign-in limits
     * like a sign-in: a stolen session cannot guess it).
     */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public VisitNote sign(long id, String password) {
        // the password first: its hash takes a quarter of a second, during which this transaction
        // holds no lock on the note and no database connection (the hash is read outside it)
        requirePassword(password);
        VisitNote note = ownForChange(id);
        note.requireDraft();
        note.sign(caller(), clock.now());
        charges.chargeSignedNote(note);
        return note;
    }

    /** Adds an addendum to a signed note of the caller's. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public Addendum amend(long id, String text) {
        VisitNote note = ownForChange(id);
        Addendum addendum = note.amend(text, caller(), clock.now());
        em.persist(addendum);
        return addendum;
    }

    /** The caller's drafts of visits that ended more than a day ago (the My day to-do), oldest first. */
    @RolesAllowed(Role.Names.PRACTITIONER)
    public List<VisitNote> overdueDrafts() {
        return me().map(practitioner -> em.createNamedQuery(VisitNote.UNSIGNED_OF_PRACTITIONER_ENDED_BEFORE,
                        VisitNote.class)
                .setParameter("practitioner", practitioner.getId())
                .setParameter("before", clock.now().minus(VisitNoteRules.SIGN_WITHIN))
                .setMaxResults(100)
                .getResultList()).orElse(List.of());
    }

    private void requireTreatmentAllowed(Patient patient, java.util.Set<BodyRegion> regions) {
        em.lock(patient, LockModeType.PESSIMISTIC_WRITE);
        try {
            if (regions.isEmpty()) {
                intake.requireTreatmentAllowed(patient.getId(), null);
            }
            for (BodyRegion region : regions) {
                intake.requireTreatmentAllowed(patient.getId(), region);
            }
        } catch (StateConflict e) {
            throw e;
        } catch (DomainException e) {
            throw new StateConflict(e.getMessage());
        }
    }

    private void requirePassword(String password) {
        String username = caller();
        SignInLimits.Reservation reservation = limits.reserve(username, null);
        if (!reservation.allowed()) {
            throw new DomainException("Too many wrong passwords: signing is locked for a while. Try again later.");
        }
        String hash = users.passwordHashOf(username).orElseThrow();
        if (password == null || !recentPasswords.matches(username, password, hash)) {
            limits.failed(reservation);
            throw new DomainException("The password is not right; the note is not signed.");
        }
        limits.succeeded(reservation);
    }

    private VisitNote ownForChange(long id) {
        VisitNote note = em.find(VisitNote.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (note == null) {
            throw new DomainException("There is no visit note with id " + id + ".");
        }
        requireOwn(note.getPractitioner(), "note of " + note.getPatient().getFullName());
        return note;
    }

    private void requireOwn(Practitioner practitioner, String what) {
        if (me().map(Practitioner::getId).filter(practitioner.getId()::equals).isEmpty()) {
            throw new NotYours("The " + what + " is " + practitioner.getDisplayName()
                    + "'s: only they may chart it.");
        }
    }

    private java.util.Optional<Practitioner> me() {
        return setup.practitionerOfUser(caller());
    }

    private String caller() {
        Principal principal = session.getCallerPrincipal();
        return principal.getName();
    }
}
