package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.web.BackTarget;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code scheduling/waitlist.xhtml}: patients waiting for a slot, added and removed by the front
 * desk. With {@code ?freed=<appointment id>} (a cancelled appointment) the list is of the waiting
 * patients who would take its slot, all of them where the cancellation offered the first few, and
 * each can be booked into it.
 */
@Named
@ViewScoped
public class WaitlistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchedulingService scheduling;

    @EJB
    private ClinicSetupService setup;

    @Inject
    private PatientPicker patientPicker;

    @Inject
    @Param(name = "freed")
    private Long freedParam;

    /**
     * The table's filters shown now: at first those the address gives ({@code ?status=ALL&q=Rose},
     * so that Back from a chart, a reload and a bookmark show the same list), then the user's.
     */
    private String statusFilter;
    private String patientFilter;

    /** The cancelled appointment whose slot the list is for; null for the whole waitlist. */
    private Long freedId;
    private String freedSlot;

    private List<Long> practitionerIds = new ArrayList<>();
    /** The practitioners to choose from, read once per view (reloaded after a restore). */
    private transient List<Practitioner> practitioners;
    private List<String> days = new ArrayList<>();
    private LocalTime earliest;
    private LocalTime latest;
    private String note;

    /**
     * The entries, a page at a time from the database, longest waiting first. The table's filters:
     * the patient column (as in the patient search) and the status column (waiting unless chosen).
     */
    private final LazyDataModel<WaitlistEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (freedId == null) {
                statusFilter = filter(filterBy, "status");
                patientFilter = filter(filterBy, "patient");
            }
            // refused when the slot was taken or began since the page opened: said once, here
            return Messages.read(() -> freedId != null ? scheduling.countOffersFor(freedId)
                    : scheduling.countWaitlist(statuses(filterBy), filter(filterBy, "patient")))
                    .map(count -> (int) Math.min(Integer.MAX_VALUE, count)).orElse(0);
        }

        @Override
        public List<WaitlistEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            // a slot taken or begun since the page opened: the count has said so
            return Messages.readQuietly(() -> freedId != null ? scheduling.offersFor(freedId, first, pageSize)
                    : scheduling.waitlist(statuses(filterBy), filter(filterBy, "patient"), first, pageSize))
                    .orElse(List.of());
        }

        @Override
        public String getRowKey(WaitlistEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    /** The status filter: {@code ALL}, one status, or (nothing chosen) the waiting entries. */
    private static Set<WaitlistEntry.Status> statuses(Map<String, FilterMeta> filterBy) {
        String chosen = filter(filterBy, "status");
        if (chosen == null || chosen.isBlank()) {
            return EnumSet.of(WaitlistEntry.Status.WAITING);
        }
        if ("ALL".equals(chosen)) {
            return EnumSet.allOf(WaitlistEntry.Status.class);
        }
        try {
            return EnumSet.of(WaitlistEntry.Status.valueOf(chosen));
        } catch (IllegalArgumentException notAStatus) {
            return EnumSet.of(WaitlistEntry.Status.WAITING);
        }
    }

    private static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        return meta == null || meta.getFilterValue() == null ? null : String.valueOf(meta.getFilterValue());
    }

    /**
     * With {@code ?freed=}: checks that the slot can still be offered (view action, before the page
     * renders, so that a refusal reaches the page's messages); otherwise the whole list shows.
     */
    public void load() {
        Map<String, String> asked = BackTarget.WAITLIST.state(Faces::getRequestParameter);
        String status = asked.get("status");
        statusFilter = status != null && getStatusChoices().contains(status) ? status : null;
        patientFilter = asked.get("q");
        if (freedParam == null) {
            return;
        }
        Messages.read(() -> {
            scheduling.countOffersFor(freedParam); // refused unless it is cancelled
            return scheduling.appointment(freedParam).describe();
        }).ifPresent(slot -> {
            freedSlot = slot;
            freedId = freedParam;
        });
    }

    /** Books a waiting patient into the freed slot; then the slot is taken, and the page shows the whole list. */
    public void bookIntoFreedSlot(WaitlistEntry entry) {
        if (Messages.changeReporting(() -> scheduling.bookFromWaitlistInto(entry.getId(), freedId),
                booked -> Messages.text("calendar.booked", booked.describe())).isPresent()) {
            freedId = null;
            freedSlot = null;
        }
    }

    public void add() {
        Patient patient = patientPicker.getPatient();
        if (patient == null) {
            Messages.refuseKey("calendar.patientRequired");
            return;
        }
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(day -> chosen.add(DayOfWeek.valueOf(day)));
        if (Messages.change(() -> scheduling.addToWaitlist(patient.getId(), practitionerIds, chosen, earliest, latest,
                note), "waitlist.added", patient.getFullName())) {
            patientPicker.clear();
            practitionerIds = new ArrayList<>();
            days = new ArrayList<>();
            earliest = null;
            latest = null;
            note = null;
        }
    }

    public void remove(WaitlistEntry entry) {
        Messages.change(() -> {
            scheduling.removeFromWaitlist(entry.getId());
            return null;
        }, "waitlist.removed", entry.getPatient().getFullName());
    }

    public String practitionersOf(WaitlistEntry entry) {
        return entry.getPractitioners().isEmpty() ? Messages.text("waitlist.anyone")
                : entry.getPractitioners().stream().map(Practitioner::getDisplayName).sorted()
                        .collect(Collectors.joining(", "));
    }

    public String daysOf(WaitlistEntry entry) {
        return entry.getDays().isEmpty() ? Messages.text("waitlist.anyDay")
                : entry.getDays().stream().sorted().map(this::dayName).collect(Collectors.joining(", "));
    }

    /** The hours the patient can come, in one short cell: "Any time", "From 14:00", "Until 12:00", "07:00–12:00". */
    public String hoursOf(WaitlistEntry entry) {
        boolean fromStart = LocalTime.MIN.equals(entry.getEarliest());
        boolean toEnd = WaitlistEntry.END_OF_DAY.equals(entry.getLatest());
        if (fromStart && toEnd) {
            return Messages.text("waitlist.anyTime");
        }
        if (toEnd) {
            return Messages.text("waitlist.from", entry.getEarliest());
        }
        return fromStart ? Messages.text("waitlist.until", entry.getLatest())
                : Messages.text("waitlist.between", entry.getEarliest(), entry.getLatest());
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public List<DayOfWeek> getWeekDays() {
        return List.of(DayOfWeek.values());
    }

    public List<Practitioner> getPractitioners() {
        if (practitioners == null) {
            practitioners = setup.activePractitioners();
        }
        return practitioners;
    }

    public String statusLabel(WaitlistEntry entry) {
        return Messages.text("waitlist.status." + entry.getStatus().name());
    }

    public List<WaitlistEntry.Status> getStatuses() {
        return List.of(WaitlistEntry.Status.values());
    }

    /** The values of the status filter besides waiting (the empty choice): {@code ALL} and each other status. */
    public List<String> getStatusChoices() {
        return List.of("ALL", WaitlistEntry.Status.BOOKED.name(), WaitlistEntry.Status.REMOVED.name());
    }

    /** The status filter shown: a {@link #getStatusChoices() choice}, or null for the waiting entries. */
    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter == null || statusFilter.isBlank() ? null : statusFilter;
    }

    /** The patient filter shown, as typed; null for none. */
    public String getPatientFilter() {
        return patientFilter;
    }

    /** The filters to hand to a chart opened from the list, so that its "Back" shows the same list. */
    public Map<String, String> getFilterState() {
        Map<String, String> state = new java.util.LinkedHashMap<>();
        if (statusFilter != null && !statusFilter.isBlank()) {
            state.put("status", statusFilter);
        }
        if (patientFilter != null && !patientFilter.isBlank()) {
            state.put("q", patientFilter.strip());
        }
        return state;
    }

    public LazyDataModel<WaitlistEntry> getEntries() {
        return entries;
    }

    public Long getFreedId() {
        return freedId;
    }

    /** The cancelled appointment whose slot the list is for, in words; null for the whole waitlist. */
    public String getFreedSlot() {
        return freedSlot;
    }

    public PatientPicker getPatientPicker() {
        return patientPicker;
    }

    public List<Long> getPractitionerIds() {
        return practitionerIds;
    }

    public void setPractitionerIds(List<Long> practitionerIds) {
        this.practitionerIds = practitionerIds == null ? new ArrayList<>() : new ArrayList<>(practitionerIds);
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public LocalTime getEarliest() {
        return earliest;
    }

    public void setEarliest(LocalTime earliest) {
        this.earliest = earliest;
    }

    public LocalTime getLatest() {
        return latest;
    }

    public void setLatest(LocalTime latest) {
        this.latest = latest;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
