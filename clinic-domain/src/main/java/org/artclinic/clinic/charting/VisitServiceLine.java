package org.artclinic.clinic.charting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.BodyRegion;

/**
 * A service of a visit other than an ART entry, for billing later: its CPT code, the one-on-one
 * minutes of a timed code, the regions it treated (body regions, or spinal regions for chiropractic
 * manipulation), and up to four diagnosis codes it was for (a claim line points to at most four:
 * CMS-1500 item 24E).
 */
@Entity
@Table(name = "visit_service")
public class VisitServiceLine extends BaseEntity {

    /** One visit's one-on-one minutes of one service: four hours is more than any visit holds. */
    public static final int MAX_MINUTES = 240;
    public static final int MAX_DIAGNOSES = 4;

    /** ICD-10-CM's shape: a letter, a digit, a letter or digit, then optionally a dot and 1-4 more. */
    private static final Pattern ICD10CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_note_id", nullable = false)
    private VisitNote note;

    @Column(nullable = false, length = 5)
    private String code;

    private Integer minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_service_region", joinColumns = @JoinColumn(name = "visit_service_id"))
    @OrderColumn(name = "position")
    @Column(name = "region", nullable = false, length = 20)
    private List<String> regions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_service_diagnosis", joinColumns = @JoinColumn(name = "visit_service_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false, length = 8)
    private List<String> diagnosisCodes = new ArrayList<>();

    protected VisitServiceLine() {
        // for JPA
    }

    VisitServiceLine(VisitNote note, ServiceRequest request) {
        this.note = note;
        ChartedService service = request.service();
        this.code = service.code();
        this.minutes = request.minutes();
        this.regions = new ArrayList<>(request.regionNames());
        this.diagnosisCodes = new ArrayList<>(request.diagnosisCodes());
    }

    /**
     * A service as asked for, checked: a code a note records, minutes exactly for timed codes,
     * regions of the right kind (spinal regions matching the manipulation code), diagnosis codes
     * of ICD-10-CM's shape.
     */
    public record ServiceRequest(ChartedService service, Integer minutes, Set<BodyRegion> bodyRegions,
            Set<SpinalRegion> spinalRegions, List<String> diagnosisCodes) {

        /**
         * @param regions names of body regions (the intake's list) or, for 98940-98942, of spinal regions
         * @throws DomainException naming the first thing wrong
         */
        public static ServiceRequest of(String code, Integer minutes, Collection<String> regions,
                Collection<String> diagnoses) {
            ChartedService service = ChartedService.ofCode(code).orElseThrow(() -> new DomainException(
                    "\"" + (code == null ? "" : code.strip()) + "\" is not a service a visit note records. Use one of "
                            + java.util.Arrays.stream(ChartedService.values()).map(ChartedService::code)
                                    .collect(Collectors.joining(", ")) + "."));
            if (service.isTimed() && (minutes == null || minutes < 1 || minutes > MAX_MINUTES)) {
                throw new DomainException(service.code() + " is timed: give its one-on-one minutes (1 to " + MAX_MINUTES
                        + ").");
            }
            if (!service.isTimed() && minutes != null) {
                throw new DomainException(service.code() + " is not timed (one per visit): leave the minutes empty.");
            }
            List<String> names = regions == null ? List.of()
                    : regions.stream().filter(r -> r != null && !r.isBlank()).map(r -> r.strip().toUpperCase(Locale.ROOT))
                            .distinct().toList();
            if (names.isEmpty()) {
                throw new DomainException(service.code() + ": name the "
                        + (service.kind() == ChartedService.Kind.SPINAL_MANIPULATION ? "spinal " : "")
                        + "regions treated.");
            }
            Set<BodyRegion> body = EnumSet.noneOf(BodyRegion.class);
            Set<SpinalRegion> spinal = EnumSet.noneOf(SpinalRegion.class);
            if (service.kind() == ChartedService.Kind.SPINAL_MANIPULATION) {
                for (String name : names) {
                    spinal.add(parse(SpinalRegion.class, name, "spinal region"));
                }
                ChartedService fitting = ChartedService.spinalManipulationFor(spinal.size());
                if (fitting != service) {
                    throw new DomainException(service.code() + " is " + service.words().toLowerCase(Locale.ROOT) + ", but "
                            + spinal.size() + (spinal.size() == 1 ? " region was" : " regions were")
                            + " treated: use " + fitting.code() + ".");
                }
            } else {
                for (String name : names) {
                    body.add(parse(BodyRegion.class, name, "body region"));
                }
            }
            List<String> codes = diagnoses == null ? List.of()
                    : diagnoses.stream().filter(d -> d != null && !d.isBlank()).map(d -> d.strip().toUpperCase(Locale.ROOT))
                            .distinct().toList();
            if (codes.size() > MAX_DIAGNOSES) {
                throw new DomainException("A service points to at most " + MAX_DIAGNOSES + " diagnoses; "
                        + codes.size() + " were given.");
            }
            for (String diagnosis : codes) {
                if (!ICD10CM.matcher(diagnosis).matches()) {
                    throw new DomainException("\"" + diagnosis + "\" is not an ICD-10-CM code (e.g. M75.41).");
                }
            }
            return new ServiceRequest(service, minutes, body, spinal, codes);
        }

        /** The regions as stored: body regions, or spinal regions for a manipulation. */
        List<String> regionNames() {
            Set<String> names = new LinkedHashSet<>();
            bodyRegions.forEach(region -> names.add(region.name()));
            spinalRegions.forEach(region -> names.add(region.name()));
            return List.copyOf(names);
        }

        /** The body regions the service touched, for the screening gate (spinal regions by where they lie). */
        public Set<BodyRegion> touchedBodyRegions() {
            Set<BodyRegion> touched = EnumSet.noneOf(BodyRegion.class);
            touched.addAll(bodyRegions);
            spinalRegions.forEach(region -> touched.add(region.bodyRegion()));
            return touched;
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw new DomainException("\"" + name + "\" is not a " + what + ". Use one of "
                        + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                                .collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    public VisitNote getNote() {
        return note;
    }

    public String getCode() {
        return code;
    }

    public ChartedService getService() {
        return ChartedService.ofCode(code).orElseThrow();
    }

    /** One-on-one minutes of a timed code; null for an untimed one. */
    public Integer getMinutes() {
        return minutes;
    }

    public List<String> getRegions() {
        return Collections.unmodifiableList(regions);
    }

    public List<String> getDiagnosisCodes() {
        return Collections.unmodifiableList(diagnosisCodes);
    }
}
