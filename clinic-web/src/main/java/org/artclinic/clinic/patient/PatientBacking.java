package org.artclinic.clinic.patient;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.scheduling.Appointment;
import org.artclinic.clinic.scheduling.AppointmentStatus;
import org.artclinic.clinic.scheduling.SchedulingService;
import org.artclinic.clinic.web.BackTarget;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code patient/patient.xhtml?id=N}: the patient header, the patient's appointments (lazy),
 * the insurance policies with their add/edit/end dialog, and the registration details. What the
 * page shows is read again after every change, so the header's remaining visits stay current.
 */
@Named
@ViewScoped
public class PatientBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.US);
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.US);

    /** One appointment line, its time written in the zone of the appointment's location. */
    public record AppointmentRow(long id, String when, String location, String practitioner, String type,
            AppointmentStatus status) implements Serializable {

        static AppointmentRow of(Appointment a) {
            ZoneId zone = a.getLocation().getZone();
            ZonedDateTime start = a.getStartsAt().atZone(zone);
            ZonedDateTime end = a.getEndsAt().atZone(zone);
            return new AppointmentRow(a.getId(), START.format(start) + "–" + END.format(end),
                    a.getLocation().getName(), a.getPractitioner().getDisplayName(),
                    a.getAppointmentType() == null ? null : a.getAppointmentType().getName(), a.getStatus());
        }
    }

    /** One insurance policy with the visits left on its authorization (null: no visit limit); read per request. */
    public record PolicyRow(long id, long version, PolicyDetails details, boolean active, Integer remainingVisits) {
    }

    @Inject
    private PatientService patients;

    @Inject
    private SchedulingService scheduling;

    @Inject
    private org.artclinic.clinic.billing.PayerService payerService;

    /** The names of the payers a policy can name (the payer list, without self-pay), read once per view. */
    private List<String> payerNames;

    @Inject
    @Param(name = "id")
    private Long id;

    /** The page the user came from ({@link BackTarget}), e.g. {@code my-day}; the patient list if none. */
    @Inject
    @Param(name = "from")
    private String from;

    /**
     * The tab an address may open ({@code tab=outcomes}), in the order patient.xhtml shows its tabs
     * (every role sees them all; what a tab holds depends on the role); null for a tab no address
     * names.
     */
    private static final List<String> TABS = java.util.Arrays.asList("appointments", "insurance", "details",
            "intake", "charting", "outcomes", "billing");

    /** The tab named in the address ({@code ?tab=outcomes}), if any. */
    @Inject
    @Param(name = "tab")
    private String tab;

    /** The open tab; starts at the one the address names, then follows the user's clicks. */
    private Integer activeIndex;

    /** The tabs whose components this view has built: the one open at first and each opened since. */
    private final java.util.Set<Integer> builtTabs = new java.util.HashSet<>();

    private boolean found;

    private boolean breakGlassNeeded;
    private String breakGlassReason;

    @Inject
    private org.artclinic.clinic.security.CareTeamService careTeam;

    /** {@link #getBackState()}, kept for the view's ajax requests (whose address has none of it). */
    private java.util.HashMap<String, String> backState;

    // read when first needed in a request and again after every change
    private transient PatientSummary summary;
    private transient List<PolicyRow> policies;

    private PolicyForm policyForm = new PolicyForm();
    /** Whether the insurance dialog has been opened in this view: its form is rendered from then on only. */
    private boolean policyDialogOpen;
    private Long editingPolicyId;
    private long editingPolicyVersion;

    private final LazyDataModel<AppointmentRow> appointments = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return found ? Math.toIntExact(scheduling.countOfPatient(id)) : 0;
        }

        @Override
        public List<AppointmentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return found ? scheduling.ofPatient(id, first, pageSize).stream().map(AppointmentRow::of).toList()
                    : List.of();
        }

        @Override
        public String getRowKey(AppointmentRow row) {
            return String.valueOf(row.id());
        }
    };

    /** Reads the patient (view action, on the first request only); an unknown id gets a message, not an error page. */
    public void load() {
        if (id == null) {
            Messages.error("patient.noPatient");
            return;
        }
        try {
            Messages.readPassing(org.artclinic.clinic.common.OutsideCareTeam.class, () -> patients.summary(id),
                    "patient.noPatient").ifPresent(read -> {
                        summary = read;
                        found = true;
                    });
        } catch (org.artclinic.clinic.common.OutsideCareTeam e) {
            // not a refusal to show: the page asks for the reason (break-glass) instead
            breakGlassNeeded = true;
        }
    }

    /** Whether the practitioner must give a reason (break-glass) before this patient's record opens. */
    public boolean isBreakGlassNeeded() {
        return breakGlassNeeded;
    }

    public String getBreakGlassReason() {
        return breakGlassReason;
    }

    public void setBreakGlassReason(String breakGlassReason) {
        this.breakGlassReason = breakGlassReason;
    }

    /**
     * Break-glass: records the reason (audited as emergency access) and opens the record, on the
     * same address; a reason that says nothing is refused beside the field, and nothing is opened.
     */
    public String breakGlass() {
        return Messages.read(() -> careTeam.breakGlass(id, breakGlassReason))
                .map(grant -> "/patient/patient?faces-redirect=true&id=" + id).orElse(null);
    }

    public PatientSummary getSummary() {
        if (summary == null && found) {
            summary = patients.summary(id);
        }
        return summary;
    }

    public Patient getPatient() {
        return found ? getSummary().patient() : null;
    }

    public List<String> getPayerNames() {
        if (payerNames == null) {
            payerNames = payerService.payers().stream().filter(p -> p.isActive() && !p.isSelfPay())
                    .map(org.artclinic.clinic.billing.Payer::getName).toList();
        }
        return payerNames;
    }

    public List<PolicyRow> getPolicies() {
        if (policies == null) {
            policies = found ? patients.policies(id).stream().map(this::row).toList() : List.of();
        }
        return policies;
    }

    private PolicyRow row(InsurancePolicy policy) {
        OptionalInt remaining = policy.isActive() ? patients.remainingVisits(policy) : OptionalInt.empty();
        return new PolicyRow(policy.getId(), policy.getVersion(), policy.details(), policy.isActive(),
                remaining.isPresent() ? remaining.getAsInt() : null);
    }

    // ---- the insurance dialog

    /**
     * The dialog's form (its payer list among it) is rendered once Add or Edit opens it, not with
     * every view of the patient: most views never open it (issue 14, decision 0053).
     */
    public boolean isPolicyDialogOpen() {
        return policyDialogOpen;
    }

    public void newPolicy() {
        policyDialogOpen = true;
        editingPolicyId = null;
        policyForm = new PolicyForm();
        boolean hasPrimary = getPolicies().stream()
                .anyMatch(p -> p.active() && p.details().priority() == InsurancePolicy.Priority.PRIMARY);
        policyForm.setPriority(hasPrimary ? InsurancePolicy.Priority.SECONDARY : InsurancePolicy.Priority.PRIMARY);
    }

    public void editPolicy(PolicyRow row) {
        policyDialogOpen = true;
        editingPolicyId = row.id();
        editingPolicyVersion = row.version();
        policyForm = PolicyForm.of(row.details());
    }

    /** Adds or saves the policy; the dialog closes on the callback parameter {@code saved} (see patient.xhtml). */
    public void savePolicy() {
        boolean adding = editingPolicyId == null;
        if (Messages.changeReporting(() -> {
            PolicyDetails details = policyForm.toDetails();
            if (adding) {
                patients.addPolicy(id, details);
            } else {
                patients.updatePolicy(editingPolicyId, editingPolicyVersion, details);
            }
            return details;
        }, saved -> Messages.text(adding ? "policies.added" : "policies.saved", saved.payerName().strip())).isPresent()) {
            refresh();
        }
    }

    public void endPolicy(PolicyRow row) {
        Messages.change(() -> {
            patients.endPolicy(row.id());
            return null;
        }, "policies.endedMessage", row.details().payerName());
        refresh();
    }

    /** Reads the header again when it is next shown (after a change made by another tab's bean: a payment). */
    public void refreshHeader() {
        refresh();
    }

    private void refresh() {
        summary = null;
        policies = null;
    }

    public boolean isFound() {
        return found;
    }

    /** Where "Back" leads: the page the user came from, checked against the app's own pages. */
    public BackTarget getBack() {
        return BackTarget.of(from);
    }

    /**
     * What the page the user came from showed (its day, location or filters), read from this page's
     * address when it opened and handed back by "Back" and on by the pages opened from here.
     */
    public Map<String, String> getBackState() {
        if (backState == null) {
            backState = new java.util.HashMap<>(getBack().state(Faces::getRequestParameter));
        }
        return backState;
    }

    /** The {@code from} to hand on to the pages opened from the chart, so that their "Back" leads here and on. */
    public String getFrom() {
        return getBack() == BackTarget.PATIENTS ? null : getBack().key();
    }

    /**
     * The tab to open: at first the one named in the address ({@code patient.xhtml?id=N&tab=outcomes},
     * see {@link #TABS}), else the first; then the one the user opened.
     */
    public int getActiveIndex() {
        if (activeIndex == null) {
            activeIndex = tab == null ? 0 : Math.max(0, TABS.indexOf(tab.strip()));
        }
        return activeIndex;
    }

    public void setActiveIndex(int activeIndex) {
        this.activeIndex = activeIndex;
    }

    /**
     * Whether the page builds the components of tab {@code index} ({@link #TABS}); a {@code c:if} in
     * patient.xhtml asks when the view is built and again on each postback. Built are the tab open
     * at first, the tab this request loads (the tab view's dynamic load names it in
     * {@code tabs_tabindex}) and each tab loaded before, so that the forms and dialogs of a tab
     * shown once still answer. Building all seven tabs when one is shown was a quarter of the
     * page's CPU (bench/RESULTS.md, item 26).
     */
    public boolean builds(int index) {
        if (builtTabs.contains(index)) {
            return true;
        }
        if (index == getActiveIndex() || index == tabLoading()) {
            builtTabs.add(index);
            return true;
        }
        return false;
    }

    /** The tab this request loads (p:tabView's {@code tabs_contentLoad} request); -1 for any other request. */
    private static int tabLoading() {
        Map<String, String> params = Faces.getRequestParameterMap();
        if (!"true".equals(params.get("tabs_contentLoad"))) {
            return -1;
        }
        try {
            return Integer.parseInt(params.getOrDefault("tabs_tabindex", "-1").strip());
        } catch (NumberFormatException notAnIndex) {
            return -1;
        }
    }

    public Long getId() {
        return id;
    }

    public LazyDataModel<AppointmentRow> getAppointments() {
        return appointments;
    }

    public PolicyForm getPolicyForm() {
        return policyForm;
    }

    public boolean isEditingPolicy() {
        return editingPolicyId != null;
    }

    public InsurancePolicy.Priority[] getPriorities() {
        return InsurancePolicy.Priority.values();
    }

    public InsurancePolicy.Relationship[] getRelationships() {
        return InsurancePolicy.Relationship.values();
    }
}
