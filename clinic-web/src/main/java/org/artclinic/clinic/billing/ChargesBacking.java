package org.artclinic.clinic.billing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code billing/charges.xhtml}, the charge review queue: the filters (kept in the address,
 * decision 0023, so that Back, a reload and a bookmark show the same list), a lazy page of visits'
 * charges counted and read by {@link ChargeService} with the filters in its query, and "approve all
 * without warnings" for the filtered set. The visit opened below the list is {@link ChargeReview}.
 */
@Named
@ViewScoped
public class ChargesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    @EJB
    private ChargeService charges;

    @EJB
    private PayerService payerService;

    @EJB
    private ClinicSetupService setup;

    private ChargeStatus status = ChargeStatus.TO_REVIEW;
    private Long locationId;
    private Long practitionerId;
    private Long payerId;
    private boolean withWarnings;
    private WarningCode warning;

    private transient List<Location> locations;
    private transient List<Practitioner> practitioners;
    private transient List<Payer> payers;

    /** A request attribute: the count already made for the filters (see {@link #counted}). */
    private static final String COUNTED = ChargesBacking.class.getName() + ".counted";

    private final LazyDataModel<ChargeSheet> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(counted());
        }

        @Override
        public List<ChargeSheet> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return Messages.readQuietly(() -> charges.queue(getFilter(), first, pageSize)).orElse(List.of());
        }

        @Override
        public String getRowKey(ChargeSheet sheet) {
            return String.valueOf(sheet.getId());
        }
    };

    /** The filters the address gives: {@code ?status=APPROVED&location=3&warnings=true&warning=NCCI_PAIR}. */
    public void load() {
        status = enumOf(ChargeStatus.class, Faces.getRequestParameter("status"), ChargeStatus.TO_REVIEW);
        locationId = id(Faces.getRequestParameter("location"));
        practitionerId = id(Faces.getRequestParameter("practitioner"));
        payerId = id(Faces.getRequestParameter("payer"));
        withWarnings = "true".equals(Faces.getRequestParameter("warnings"));
        warning = enumOf(WarningCode.class, Faces.getRequestParameter("warning"), null);
    }

    /** After a filter changed: the page writes the filters into its address (history.replaceState). */
    public void filtered() {
        PrimeFaces.current().ajax().addCallbackParam("address", getAddress());
    }

    public void clearFilters() {
        status = ChargeStatus.TO_REVIEW;
        locationId = null;
        practitionerId = null;
        payerId = null;
        withWarnings = false;
        warning = null;
        filtered();
    }

    /** This page's address with the filters shown, e.g. {@code charges.xhtml?warnings=true}. */
    public String getAddress() {
        Map<String, String> params = new LinkedHashMap<>();
        if (status != ChargeStatus.TO_REVIEW) {
            params.put("status", status.name());
        }
        put(params, "location", locationId);
        put(params, "practitioner", practitionerId);
        put(params, "payer", payerId);
        if (withWarnings) {
            params.put("warnings", "true");
        }
        put(params, "warning", warning == null ? null : warning.name());
        return "charges.xhtml" + (params.isEmpty() ? "" : "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&")));
    }

    private static void put(Map<String, String> params, String name, Object value) {
        if (value != null) {
            params.put(name, String.valueOf(value));
        }
    }

    public ChargeFilter getFilter() {
        return new ChargeFilter(status, locationId, practitionerId, payerId, withWarnings, warning);
    }

    /** Approves every charge of the filter without open warnings (location, practitioner, payer kept). */
    public void approveClean() {
        Messages.changeReporting(() -> charges.approveClean(getFilter()),
                approved -> Messages.text("charges.approvedClean", approved));
    }

    /** "97140 x2 XS GP, 98940 x1" */
    public String linesOf(ChargeSheet sheet) {
        List<String> lines = new ArrayList<>();
        for (ChargeLine line : sheet.getLines()) {
            String modifiers = line.getModifierCodes();
            lines.add(line.getCode() + " x" + line.getUnits() + (modifiers.isEmpty() ? "" : " " + modifiers));
        }
        return String.join(", ", lines);
    }

    /** The first open warning's message, for the queue's row. */
    public String firstWarning(ChargeSheet sheet) {
        return sheet.getLines().stream().flatMap(l -> l.getWarnings().stream()).map(ChargeWarning::getMessage)
                .findFirst().orElse("");
    }

    /** How many charges the filters find (the toolbar says it above the table). */
    public long getCount() {
        return counted();
    }

    /**
     * The count for the current filters, once per rendering: the toolbar and the paginator both show
     * it, and at scale 1 each count of the sheets to review is an index scan of 85,000 entries. Only
     * the rendering reuses it, so that a count made before an action (approve) is never shown after it.
     */
    private long counted() {
        ChargeFilter filter = getFilter();
        FacesContext context = Faces.getContext();
        if (context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return Messages.read(() -> charges.count(filter)).orElse(0L);
        }
        Map<Object, Object> request = context.getAttributes();
        if (request.get(COUNTED) instanceof Counted counted && counted.filter().equals(filter)) {
            return counted.count();
        }
        long count = Messages.read(() -> charges.count(filter)).orElse(0L);
        request.put(COUNTED, new Counted(filter, count));
        return count;
    }

    private record Counted(ChargeFilter filter, long count) {
    }

    /** The kind of the first open warning, for its label. */
    public String firstWarningKind(ChargeSheet sheet) {
        return sheet.getLines().stream().flatMap(l -> l.getWarnings().stream()).map(w -> w.getCode().name())
                .findFirst().orElse("");
    }

    public LazyDataModel<ChargeSheet> getModel() {
        return model;
    }

    public List<ChargeStatus> getStatuses() {
        return List.of(ChargeStatus.values());
    }

    public List<WarningCode> getWarningCodes() {
        return List.of(WarningCode.values());
    }

    public List<Location> getLocations() {
        if (locations == null) {
            locations = Messages.read(setup::locations).orElse(List.of());
        }
        return locations;
    }

    public List<Practitioner> getPractitioners() {
        if (practitioners == null) {
            practitioners = Messages.read(setup::practitioners).orElse(List.of());
        }
        return practitioners;
    }

    public List<Payer> getPayers() {
        if (payers == null) {
            payers = Messages.read(payerService::payers).orElse(List.of());
        }
        return payers;
    }

    private static Long id(String value) {
        return value != null && ID.matcher(value.strip()).matches() ? Long.valueOf(value.strip()) : null;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        return otherwise;
    }

    public ChargeStatus getStatus() {
        return status;
    }

    public void setStatus(ChargeStatus status) {
        this.status = status == null ? ChargeStatus.TO_REVIEW : status;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public Long getPractitionerId() {
        return practitionerId;
    }

    public void setPractitionerId(Long practitionerId) {
        this.practitionerId = practitionerId;
    }

    public Long getPayerId() {
        return payerId;
    }

    public void setPayerId(Long payerId) {
        this.payerId = payerId;
    }

    public boolean isWithWarnings() {
        return withWarnings;
    }

    public void setWithWarnings(boolean withWarnings) {
        this.withWarnings = withWarnings;
    }

    public WarningCode getWarning() {
        return warning;
    }

    public void setWarning(WarningCode warning) {
        this.warning = warning;
    }
}
