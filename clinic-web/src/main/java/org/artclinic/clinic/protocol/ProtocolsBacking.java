package org.artclinic.clinic.protocol;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code charting/protocols.xhtml}: the library's filters, a lazy page of protocols read by
 * the service with the filters in its query, and the protocol opened beside the list with its
 * related protocols. Retiring and reactivating are here; the edit dialog is {@link ProtocolEditor},
 * import and export {@link ProtocolTransfer}.
 */
@Named
@ViewScoped
public class ProtocolsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProtocolLibrary library;

    // the filters
    private BodyRegion region;
    private RegionGroup regionGroup;
    private Tissue tissue;
    private String structure;
    private String indication;
    private String text;
    private boolean includeRetired;

    /** The protocol opened in the detail panel, by id; read again after each change. */
    private Long openId;
    private transient Protocol open;

    private final LazyDataModel<Protocol> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return filter() == null ? 0 : Math.toIntExact(library.count(filter()));
        }

        @Override
        public List<Protocol> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ProtocolFilter filter = filter();
            return filter == null ? List.of() : library.search(filter, first, pageSize);
        }

        @Override
        public String getRowKey(Protocol protocol) {
            return String.valueOf(protocol.getId());
        }
    };

    /** The filters as typed, or null (with the reason shown) when the indication is no code start. */
    private ProtocolFilter filter() {
        return Messages.read(() -> new ProtocolFilter(region, regionGroup, tissue, structure, indication, text,
                includeRetired)).orElse(null);
    }

    public LazyDataModel<Protocol> getModel() {
        return model;
    }

    public void clearFilters() {
        region = null;
        regionGroup = null;
        tissue = null;
        structure = null;
        indication = null;
        text = null;
        includeRetired = false;
    }

    /** Opens a protocol in the detail panel (from the list or from a related protocol). */
    public void open(long id) {
        openId = id;
        open = null;
        if (getOpen() == null) {
            openId = null;
        }
    }

    public void close() {
        openId = null;
        open = null;
    }

    /** Forgets the cached protocol after a change, so the panel shows what was saved. */
    void reopen(long id) {
        openId = id;
        open = null;
    }

    public Protocol getOpen() {
        if (open == null && openId != null) {
            open = Messages.read(() -> library.find(openId)).orElse(null);
        }
        return open;
    }

    public boolean isOpen(Protocol protocol) {
        return openId != null && openId.equals(protocol.getId());
    }

    public void retire() {
        Protocol protocol = getOpen();
        if (protocol != null) {
            Messages.change(() -> library.retire(protocol.getId(), protocol.getVersion()), "protocols.retired",
                    protocol.getName());
            reopen(protocol.getId());
        }
    }

    public void reactivate() {
        Protocol protocol = getOpen();
        if (protocol != null) {
            Messages.change(() -> library.reactivate(protocol.getId(), protocol.getVersion()),
                    "protocols.reactivated", protocol.getName());
            reopen(protocol.getId());
        }
    }

    public List<BodyRegion> getRegions() {
        return List.of(BodyRegion.values());
    }

    public List<RegionGroup> getRegionGroups() {
        return List.of(RegionGroup.values());
    }

    public List<Tissue> getTissues() {
        return List.of(Tissue.values());
    }

    /** The indication codes, comma separated. */
    public String codesOf(Protocol protocol) {
        return String.join(", ", protocol.getIndications());
    }

    /** "Left, right" or "Midline", in the page's words. */
    public String sidesOf(Protocol protocol) {
        return String.join(", ", protocol.getSides().stream().map(s -> Messages.text("intake.side." + s.name()))
                .toList());
    }

    public BodyRegion getRegion() {
        return region;
    }

    public void setRegion(BodyRegion region) {
        this.region = region;
    }

    public RegionGroup getRegionGroup() {
        return regionGroup;
    }

    public void setRegionGroup(RegionGroup regionGroup) {
        this.regionGroup = regionGroup;
    }

    public Tissue getTissue() {
        return tissue;
    }

    public void setTissue(Tissue tissue) {
        this.tissue = tissue;
    }

    public String getStructure() {
        return structure;
    }

    public void setStructure(String structure) {
        this.structure = structure;
    }

    public String getIndication() {
        return indication;
    }

    public void setIndication(String indication) {
        this.indication = indication;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isIncludeRetired() {
        return includeRetired;
    }

    public void setIncludeRetired(boolean includeRetired) {
        this.includeRetired = includeRetired;
    }
}
