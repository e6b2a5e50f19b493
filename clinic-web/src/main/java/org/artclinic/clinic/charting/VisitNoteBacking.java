package org.artclinic.clinic.charting;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.RangeOfMotion;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.patient.PatientSummary;
import org.artclinic.clinic.protocol.Protocol;
import org.artclinic.clinic.protocol.ProtocolFilter;
import org.artclinic.clinic.protocol.ProtocolLibrary;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.web.Formats;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * Backs {@code charting/visit.xhtml?id=N}: one visit note. Its practitioner writes the SOAP, adds
 * the services given, signs with their password, and then only adds addenda; anyone else with the
 * practitioner role reads it. Every change goes through {@link VisitNoteService}; a refusal (signed,
 * the screening holds the treatment, a bad code) is shown where the practitioner looks.
 */
@Named
@ViewScoped
public class VisitNoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter VISIT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @EJB
    private VisitNoteService notes;

    @EJB
    private PatientService patients;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private UserAccountService users;

    @EJB
    private ProtocolLibrary protocols;

    @Inject
    private Formats formats;

    @Inject
    @Param(name = "id")
    private Long id;

    private boolean found;
    // the note as last read: entities are read again after each change, and not kept across requests
    private transient VisitNote note;
    private transient PatientSummary summary;
    private long patientId;
    private boolean mine;

    private String subjective;
    private String objective;
    private String assessment;
    private String plan;
    private Integer painToday;
    private long version;

    private String serviceCode = ChartedService.MANUAL_THERAPY.code();
    private Integer minutes;
    private List<String> regions = new ArrayList<>();
    private String diagnoses;

    private String password;
    private String addendum;

    // the ART entry being written: the protocol chosen by name, then side, passes, tension and the re-tests
    private Protocol entryProtocol;
    private Side entrySide;
    private Integer entryPasses;
    private Tension entryTension = Tension.MODERATE;
    private Integer painBefore;
    private Integer painAfter;
    private RomMovement entryMovement;
    private Integer romBefore;
    private Integer romAfter;
    private String entryResponse;
    /** Per body region, the movement the intake found most limited: the default movement of an entry. */
    private java.util.Map<BodyRegion, RomMovement> limitedByRegion = new java.util.EnumMap<>(BodyRegion.class);
    /** The objective's re-test grid: one row per movement, its sides as cells (decision 0033). */
    private List<RetestRow> retests = List.of();
    /** The suggestions for the note as last read; read again after a change. */
    private transient List<Protocol> suggestions;
    /** The protocols the autocomplete offered last. */
    private List<Protocol> completions = List.of();
    /** The entries of the patient's previous visit with any, offered as the next entries' defaults. */
    private List<ArtEntry> previous = List.of();

    /** View action: reads the note named in the address; a wrong one gets a message, not an error page. */
    public void load() {
        if (id == null) {
            Messages.error("visit.noId");
            return;
        }
        note = Messages.read(() -> notes.find(id), "visit.notFound").orElse(null);
        if (note == null) {
            return;
        }
        found = true;
        patientId = note.getPatient().getId();
        String caller = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        mine = setup.practitionerOfUser(caller).map(p -> p.getId().equals(note.getPractitioner().getId())).orElse(false);
        formFromNote();
        previous = isEditable() ? notes.previousEntries(id) : List.of();
        if (isEditable()) {
            notes.latestIntakeBefore(note).ifPresent(intake -> intake.getRangeOfMotion().stream()
                    .filter(RangeOfMotion::isBelowNormal)
                    .sorted(java.util.Comparator.comparingInt(RangeOfMotion::getPercentOfNormal))
                    .forEach(rom -> limitedByRegion.putIfAbsent(rom.getMovement().region(), rom.getMovement())));
        }
        retests = RetestRow.of(notes.retestLines(id));
    }

    private void formFromNote() {
        Soap soap = note.getSoap();
        subjective = soap.subjective();
        objective = soap.objective();
        assessment = soap.assessment();
        plan = soap.plan();
        painToday = soap.painToday();
        version = note.getVersion();
    }

    private VisitNote note() {
        if (note == null && found) {
            note = notes.find(id);
        }
        return note;
    }

    private void reread() {
        note = notes.find(id);
        suggestions = null;
    }

    /** Saves the SOAP with the re-tests; a value out of its movement's range is named and nothing is saved. */
    public void saveSoap() {
        if (Messages.change(() -> notes.writeSoap(id, version, new Soap(subjective, objective, assessment, plan,
                painToday), measuredRetests()), "visit.saved")) {
            reread();
            version = note.getVersion();
            retests = RetestRow.of(notes.retestLines(id));
        }
    }

    /** The re-tests typed; a value out of its movement's range refuses the save with the movement named. */
    private List<RangeOfMotion> measuredRetests() {
        List<RangeOfMotion> measured = new ArrayList<>();
        for (RetestRow row : retests) {
            for (RetestRow.Cell cell : row.getCells()) {
                if (cell.getValue() != null) {
                    measured.add(new RangeOfMotion(row.getMovement(), cell.getSide(), cell.getValue()));
                }
            }
        }
        return measured;
    }

    public List<RetestRow> getRetests() {
        return retests;
    }

    public String retestIntake(Integer degrees) {
        return Messages.text("prog.retestIntake", degrees);
    }

    public String retestLast(Integer degrees) {
        return Messages.text("prog.retestLast", degrees);
    }

    /** The re-tests of the note as read, e.g. "Neck rotation left: 70° (normal 60°); ..." or "-". */
    public String getRetestsRead() {
        List<RangeOfMotion> measured = note().getRomRetests();
        return measured.isEmpty() ? Messages.text("visit.none")
                : String.join("; ", measured.stream().map(RangeOfMotion::toString).toList());
    }

    public void addService() {
        if (Messages.change(() -> notes.addService(id, VisitServiceLine.ServiceRequest.of(serviceCode, minutes, regions,
                diagnoses == null ? List.of() : Arrays.asList(diagnoses.split("[,;\\s]+")))),
                "visit.serviceAdded", serviceCode)) {
            minutes = null;
            regions = new ArrayList<>();
            reread();
        }
    }

    /** Protocols in use whose name contains what was typed, for the entry's autocomplete. */
    public List<Protocol> completeProtocol(String typed) {
        completions = protocols.search(new ProtocolFilter(null, null, null, null, null, typed, false), 0, 12);
        return completions;
    }

    /** What the autocomplete's choice is converted back from: the last completions, the suggestions, the choice. */
    public List<Protocol> getProtocolChoices() {
        List<Protocol> choices = new ArrayList<>(completions);
        choices.addAll(getSuggestions());
        previous.forEach(last -> choices.add(last.getProtocol()));
        if (entryProtocol != null) {
            choices.add(entryProtocol);
        }
        return choices;
    }

    /** A protocol was chosen: its typical passes and its side (when it has only one) are proposed. */
    /**
     * A protocol chosen by name: the defaults of its entry at the previous visit (side, passes,
     * tension: follow-ups mostly repeat them), else its typical passes and its only side, keeping the
     * side of the last entry where the protocol is done on it.
     */
    public void protocolChosen() {
        if (entryProtocol == null) {
            return;
        }
        Long chosen = entryProtocol.getId();
        previous.stream().filter(last -> last.getProtocol().getId().equals(chosen)).findFirst().ifPresentOrElse(
                this::startFrom,
                () -> {
                    entryPasses = entryProtocol.getTypicalPasses();
                    entryMovement = limitedIn(entryProtocol);
                    List<Side> sides = entryProtocol.getSides();
                    if (sides.size() == 1) {
                        entrySide = sides.get(0);
                    } else if (entrySide != null && !entryProtocol.fitsEntrySide(entrySide)) {
                        entrySide = null;
                    }
                });
    }

    /**
     * The defaults of an entry from the same protocol's at the previous visit; its movement, else the
     * movement the intake found most limited in the protocol's region, so the re-test costs no key.
     */
    private void startFrom(ArtEntry last) {
        entrySide = last.getSide();
        entryPasses = last.getPasses();
        entryTension = last.getTension();
        entryMovement = last.getMovement() != null ? last.getMovement() : limitedIn(last.getProtocol());
    }

    private RomMovement limitedIn(Protocol protocol) {
        return limitedByRegion.get(protocol.getRegion());
    }

    /** The movements to choose from for the entry's re-test, those of the protocol's region first. */
    public List<RomMovement> getMovementOptions() {
        List<RomMovement> options = new ArrayList<>(List.of(RomMovement.values()));
        if (entryProtocol != null) {
            options.sort(java.util.Comparator.comparing(m -> m.region() != entryProtocol.getRegion()));
        }
        return options;
    }

    /** An entry of the previous visit becomes the next one's start: protocol, side, passes, tension. */
    public void repeat(ArtEntry last) {
        entryProtocol = last.getProtocol();
        startFrom(last);
    }

    /** The previous visit's entries, while this note is a draft of the caller's. */
    public List<ArtEntry> getPreviousEntries() {
        return isEditable() ? previous : List.of();
    }

    /** A suggestion from the kinetic chain becomes the next entry's protocol. */
    public void chooseSuggestion(Protocol protocol) {
        entryProtocol = protocol;
        protocolChosen();
    }

    public void addArtEntry() {
        if (entryProtocol == null) {
            Messages.error("visit.entryNoProtocol");
            return;
        }
        Protocol chosen = entryProtocol;
        if (Messages.change(() -> notes.addArtEntry(id, chosen.getId(), new ArtEntry.Request(entrySide,
                entryPasses == null ? 0 : entryPasses, entryTension, painBefore, painAfter,
                romBefore == null && romAfter == null ? null : entryMovement, romBefore, romAfter, entryResponse)),
                "visit.entryAdded", chosen.getName())) {
            // the next protocol starts from the same side and tension; what was measured is per protocol
            entryProtocol = null;
            entryPasses = null;
            painBefore = null;
            painAfter = null;
            entryMovement = null;
            romBefore = null;
            romAfter = null;
            entryResponse = null;
            reread();
        }
    }

    public void removeArtEntry(ArtEntry entry) {
        if (Messages.change(() -> notes.removeArtEntry(id, entry.getId()), "visit.entryRemoved",
                entry.getProtocol().getName())) {
            reread();
        }
    }

    /** What to treat next: the kinetic-chain links of the protocols charted, not charted yet. */
    public List<Protocol> getSuggestions() {
        if (suggestions == null) {
            // asked several times per render (rendered, value, the choices): read once, again after a change
            suggestions = found && isEditable() ? notes.suggestions(id) : List.of();
        }
        return suggestions;
    }

    public List<Side> getSideOptions() {
        return entryProtocol == null ? List.of(Side.LEFT, Side.RIGHT, Side.BOTH, Side.MIDLINE)
                : List.of(Side.values()).stream().filter(side -> side == Side.BOTH
                        ? entryProtocol.allowsSide(Side.LEFT) && entryProtocol.allowsSide(Side.RIGHT)
                        : entryProtocol.allowsSide(side)).toList();
    }

    public List<Tension> getTensionOptions() {
        return List.of(Tension.values());
    }

    /** "6 → 3" or "–" when not measured. */
    public String beforeAfter(Integer before, Integer after, String unit) {
        if (before == null && after == null) {
            return "–";
        }
        return (before == null ? "?" : before + unit) + " → " + (after == null ? "?" : after + unit);
    }

    public void removeService(VisitServiceLine line) {
        if (Messages.change(() -> notes.removeService(id, line.getId()), "visit.serviceRemoved", line.getCode())) {
            reread();
        }
    }

    public void sign() {
        String given = password;
        password = null;
        if (Messages.change(() -> notes.sign(id, given), "visit.signedNow")) {
            reread();
        }
    }

    public void amend() {
        if (Messages.change(() -> notes.amend(id, addendum), "visit.amended")) {
            addendum = null;
            reread();
        }
    }

    /** The services a note records, for the code menu. */
    public List<ChartedService> getServiceOptions() {
        return List.of(ChartedService.values());
    }

    public ChartedService getChosenService() {
        return ChartedService.ofCode(serviceCode).orElse(ChartedService.MANUAL_THERAPY);
    }

    /** The regions to choose from for the chosen code: spinal regions for 98940-98942, else body regions. */
    public List<String> getRegionOptions() {
        return getChosenService().kind() == ChartedService.Kind.SPINAL_MANIPULATION
                ? Arrays.stream(SpinalRegion.values()).map(Enum::name).toList()
                : Arrays.stream(BodyRegion.values()).map(Enum::name).toList();
    }

    /** A code was chosen: regions of another kind no longer apply, and an untimed code has no minutes. */
    public void serviceChosen() {
        List<String> options = getRegionOptions();
        regions = new ArrayList<>(regions.stream().filter(options::contains).toList());
        if (!getChosenService().isTimed()) {
            minutes = null;
        }
    }

    /** A region's words: a spinal region's own, or the intake's for a body region. */
    public String regionLabel(String name) {
        boolean spinal = Arrays.stream(SpinalRegion.values()).anyMatch(region -> region.name().equals(name));
        return Messages.text((spinal ? "visit.spinal." : "intake.region.") + name);
    }

    public String diagnosesOf(VisitServiceLine line) {
        return String.join(", ", line.getDiagnosisCodes());
    }

    /** "Tuesday 1 December 2026, 10:00 – 10:30 at Chicago West Loop", in the location's time. */
    public String getVisitLabel() {
        VisitNote n = note();
        ZoneId zone = n.getAppointment().getLocation().getZone();
        return VISIT.format(n.getVisitStartsAt().atZone(zone)) + " – " + TIME.format(n.getVisitEndsAt().atZone(zone))
                + " " + Messages.text("visit.at", n.getAppointment().getLocation().getName());
    }

    public String getSignedLabel() {
        VisitNote n = note();
        return n.isSigned() ? Messages.text(n.isLate() ? "visit.signedLate" : "visit.signedOn",
                formats.dateTime(n.getSignedAt()), personNamed(n.getSignedBy())) : "";
    }

    public String writtenLabel(Addendum a) {
        return Messages.text("visit.addendumBy", personNamed(a.getWrittenBy()), formats.dateTime(a.getWrittenAt()));
    }

    /** The full name of the user with this user name (the user name itself if there is none). */
    private String personNamed(String username) {
        return users.findByUsername(username).map(UserAccount::getFullName).orElse(username);
    }

    public PatientSummary getSummary() {
        if (summary == null && found) {
            summary = patients.summary(patientId);
        }
        return summary;
    }

    public boolean isFound() {
        return found;
    }

    public VisitNote getNote() {
        return note();
    }

    public boolean isEditable() {
        return found && mine && !note().isSigned();
    }

    public boolean isAmendable() {
        return found && mine && note().isSigned();
    }

    public boolean isMine() {
        return mine;
    }

    public long getPatientId() {
        return patientId;
    }

    public Long getId() {
        return id;
    }

    public String getSubjective() {
        return subjective;
    }

    public void setSubjective(String subjective) {
        this.subjective = subjective;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public Integer getPainToday() {
        return painToday;
    }

    public void setPainToday(Integer painToday) {
        this.painToday = painToday;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
    }

    public String getDiagnoses() {
        return diagnoses;
    }

    public void setDiagnoses(String diagnoses) {
        this.diagnoses = diagnoses;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Protocol getEntryProtocol() {
        return entryProtocol;
    }

    public void setEntryProtocol(Protocol entryProtocol) {
        this.entryProtocol = entryProtocol;
    }

    public Side getEntrySide() {
        return entrySide;
    }

    public void setEntrySide(Side entrySide) {
        this.entrySide = entrySide;
    }

    public Integer getEntryPasses() {
        return entryPasses;
    }

    public void setEntryPasses(Integer entryPasses) {
        this.entryPasses = entryPasses;
    }

    public Tension getEntryTension() {
        return entryTension;
    }

    public void setEntryTension(Tension entryTension) {
        this.entryTension = entryTension;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public void setPainBefore(Integer painBefore) {
        this.painBefore = painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public RomMovement getEntryMovement() {
        return entryMovement;
    }

    public void setEntryMovement(RomMovement entryMovement) {
        this.entryMovement = entryMovement;
    }

    public Integer getRomBefore() {
        return romBefore;
    }

    public void setRomBefore(Integer romBefore) {
        this.romBefore = romBefore;
    }

    public Integer getRomAfter() {
        return romAfter;
    }

    public void setRomAfter(Integer romAfter) {
        this.romAfter = romAfter;
    }

    public String getEntryResponse() {
        return entryResponse;
    }

    public void setEntryResponse(String entryResponse) {
        this.entryResponse = entryResponse;
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }
}
