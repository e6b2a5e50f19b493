package org.artclinic.clinic.billing;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code billing/claims.xhtml}: the claims, a page at a time (lazy, oldest date of service
 * first) filtered by status and payer; claims made for every approved visit in one click; the
 * chosen claim's money, history and payments; moving it (ready, submitted, denied, appealed, written
 * off); posting a payer's payment with its adjustments; billing the secondary payer.
 */
@Named
@ViewScoped
public class ClaimsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int RECENT_BATCHES = 5;

    /** A claim as the table shows it. */
    public record Row(long id, long version, String dateOfService, String patient, String payer, ClaimStatus status,
            String charged, String paid, String balance, boolean secondary) implements Serializable {
        static Row of(Claim c) {
            return new Row(c.getId(), c.getVersion(), c.getDateOfService().toString(), c.getPatient().getSortName(),
                    c.getPayer().getName(), c.getStatus(), c.getCharged().format(), c.getPaid().format(),
                    c.getBalance().format(), c.getPrimaryClaim() != null);
        }
    }

    /** One adjustment row of the payment form. */
    public static class AdjustmentInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private AdjustmentGroup group;
        private String reasonCode;
        private BigDecimal amount;

        public AdjustmentGroup getGroup() {
            return group;
        }

        public void setGroup(AdjustmentGroup group) {
            this.group = group;
        }

        public String getReasonCode() {
            return reasonCode;
        }

        public void setReasonCode(String reasonCode) {
            this.reasonCode = reasonCode;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    @EJB
    private ClaimService claims;

    @Inject
    private ClinicClock clock;

    @Inject
    @Param(name = "status")
    private String statusParam;

    @Inject
    @Param(name = "claim")
    private String claimParam;

    private ClaimStatus status;
    private Long payerId;
    private Long selectedId;
    private ClaimStatus moveTo;
    private String moveNote;
    private BigDecimal amount;
    private LocalDate receivedOn;
    private PaymentMethod method = PaymentMethod.EFT;
    private String reference;
    private final List<AdjustmentInput> adjustments = new ArrayList<>(List.of(new AdjustmentInput(),
            new AdjustmentInput()));

    private transient Claim selected;
    private transient List<ClaimBatch> batches;
    private transient Long readyCount;

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(claims.count(filter()));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return claims.claims(filter(), first, pageSize).stream().map(Row::of).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }
    };

    /**
     * The status named in the address ({@code ?status=PARTIALLY_PAID}, from the billing overview), and
     * the claim to open ({@code ?claim=12}, from the charge review).
     */
    public void load() {
        if (claimParam != null && claimParam.matches("\\d{1,18}")) {
            select(Long.parseLong(claimParam));
        }
        if (statusParam != null) {
            try {
                status = ClaimStatus.valueOf(statusParam);
            } catch (IllegalArgumentException e) {
                status = null;
            }
        }
    }

    private ClaimFilter filter() {
        return new ClaimFilter(status, payerId, null);
    }

    public void claimApproved() {
        Messages.changeReporting(() -> claims.claimApproved(), made -> Messages.text("claims.made", made));
    }

    /** Sends the ready claims in an 837P file, kept below for download; says how many went and how many wait. */
    public void sendReady() {
        Messages.changeReporting(() -> claims.sendReady(), batch -> batch.getHeld().isEmpty()
                ? Messages.text("claims.sent", batch.getClaimCount(), batch.getFileName())
                : Messages.text("claims.sentHeld", batch.getClaimCount(), batch.getFileName(), batch.getHeld().size()));
        batches = null;
        readyCount = null;
        refresh();
    }

    /** The latest 837P files, newest first. */
    public List<ClaimBatch> getBatches() {
        if (batches == null) {
            batches = Messages.read(() -> claims.batches(0, RECENT_BATCHES)).orElse(List.of());
        }
        return batches;
    }

    /** How many claims wait in ready. */
    public long getReadyCount() {
        if (readyCount == null) {
            readyCount = Messages.read(() -> claims.readyCount()).orElse(0L);
        }
        return readyCount;
    }

    /** A kept 837P file, downloaded again as it was sent. */
    public StreamedContent file(long batchId) {
        ClaimBatch batch = claims.batch(batchId);
        byte[] bytes = batch.getFile().getBytes(StandardCharsets.US_ASCII);
        return DefaultStreamedContent.builder().name(batch.getFileName()).contentType("application/edi-x12")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public void select(long id) {
        selectedId = id;
        selected = null;
        moveTo = null;
        moveNote = null;
    }

    public Claim getSelected() {
        if (selected == null && selectedId != null) {
            selected = Messages.read(() -> claims.claim(selectedId)).orElse(null);
        }
        return selected;
    }

    public List<Payment> getSelectedPayments() {
        return selectedId == null ? List.of() : Messages.read(() -> claims.paymentsOfClaim(selectedId)).orElse(List.of());
    }

    public List<ClaimStatus> getMoves() {
        Claim claim = getSelected();
        return claim == null ? List.of() : List.copyOf(claim.getStatus().next());
    }

    public void move() {
        Claim claim = getSelected();
        if (claim != null && Messages.change(() -> claims.move(claim.getId(), claim.getVersion(), moveTo, moveNote),
                "claims.moved", moveTo == null ? "" : words(moveTo))) {
            refresh();
        }
    }

    public void postPayment() {
        Claim claim = getSelected();
        if (claim == null) {
            return;
        }
        boolean posted = Messages.change(() -> {
            List<Adjustment> given = new ArrayList<>();
            for (AdjustmentInput a : adjustments) {
                if (a.getGroup() != null || a.getAmount() != null) {
                    given.add(new Adjustment(a.getGroup(), a.getReasonCode(), a.getAmount() == null ? null
                            : Money.of(a.getAmount())));
                }
            }
            return claims.postPayment(claim.getId(), amount == null ? null : Money.of(amount), given,
                    receivedOn == null ? clock.today() : receivedOn, method, reference);
        }, "claims.posted", amount == null ? "" : Money.of(amount).format());
        if (posted) {
            amount = null;
            reference = null;
            adjustments.forEach(a -> {
                a.setGroup(null);
                a.setReasonCode(null);
                a.setAmount(null);
            });
            refresh();
        }
    }

    public void billSecondary() {
        Claim claim = getSelected();
        if (claim != null) {
            Messages.changeReporting(() -> claims.createSecondary(claim.getId()),
                    made -> Messages.text("claims.secondaryMade", made.getPayer().getName(), made.getCharged().format()));
            refresh();
        }
    }

    private void refresh() {
        selected = null;
        readyCount = null;
    }

    public String words(ClaimStatus s) {
        return Messages.text("claims.status." + s.name());
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

    public AdjustmentGroup[] getGroups() {
        return AdjustmentGroup.values();
    }

    public List<PaymentMethod> getMethods() {
        return List.of(PaymentMethod.EFT, PaymentMethod.CHECK, PaymentMethod.CARD, PaymentMethod.CASH);
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public Long getPayerId() {
        return payerId;
    }

    public void setPayerId(Long payerId) {
        this.payerId = payerId;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public ClaimStatus getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(ClaimStatus moveTo) {
        this.moveTo = moveTo;
    }

    public String getMoveNote() {
        return moveNote;
    }

    public void setMoveNote(String moveNote) {
        this.moveNote = moveNote;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public List<AdjustmentInput> getAdjustments() {
        return adjustments;
    }
}
