package org.artclinic.clinic.billing;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.patient.PatientBacking;
import org.artclinic.clinic.security.CurrentUser;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs the Billing tab of {@code patient/patient.xhtml?id=N}: the patient's balance and how it is
 * made up, their payments (the latest 200), a payment taken at the desk, and the superbill of a
 * period as a PDF. The front desk and managers take payments and print superbills; a practitioner
 * sees the balance.
 */
@Named
@ViewScoped
public class PatientBillingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A payment as the table shows it. */
    public record PaymentRow(String receivedOn, String from, String amount, String method, String reference,
            String adjustments) implements Serializable {
    }

    @EJB
    private ClaimService claims;

    @Inject
    private CurrentUser user;

    @Inject
    private ClinicClock clock;

    @Inject
    @Param(name = "id")
    private Long patientId;

    @Inject
    private PatientBacking patientPage;

    private BigDecimal amount;
    private PaymentMethod method = PaymentMethod.CARD;
    private String reference;
    private LocalDate superbillFrom;
    private LocalDate superbillTo;

    // read when first needed in a request and again after a payment
    private transient PatientBalance balance;
    private transient List<PaymentRow> payments;

    /**
     * The tab is rendered when first opened (patient.xhtml's dynamic tabView), in an ajax post whose
     * address has no id: the patient is then the page's.
     */
    @PostConstruct
    void patientOfThePage() {
        if (patientId == null) {
            patientId = patientPage.getId();
        }
    }

    public boolean isDesk() {
        return user.hasRole(Role.Names.FRONT_DESK) || user.hasRole(Role.Names.MANAGER);
    }

    public PatientBalance getBalance() {
        if (balance == null && patientId != null) {
            balance = Messages.read(() -> claims.balance(patientId)).orElse(new PatientBalance(null, null, null));
        }
        return balance;
    }

    public List<PaymentRow> getPayments() {
        if (payments == null) {
            payments = patientId == null || !isDesk() ? List.of()
                    : Messages.read(() -> claims.paymentsOfPatient(patientId)).orElse(List.of()).stream()
                            .map(p -> new PaymentRow(p.getReceivedOn().toString(),
                                    p.getSource() == Payment.Source.PAYER ? p.getPayer().getName() : "Patient",
                                    p.getAmount().format(), p.getMethod().name(), p.getReference(),
                                    String.join(", ", p.getAdjustments().stream()
                                            .map(a -> a.label() + " " + a.getAmount().format()).toList())))
                            .toList();
        }
        return payments;
    }

    public void takePayment() {
        boolean taken = Messages.change(() -> claims.postPatientPayment(patientId,
                amount == null ? null : Money.of(amount), clock.today(), method, reference), "billingTab.paymentTaken",
                amount == null ? "" : Money.of(amount).format());
        if (taken) {
            amount = null;
            reference = null;
            balance = null;
            payments = null;
        }
    }

    /** The superbill of the period chosen (default: this calendar year to today). */
    public StreamedContent getSuperbill() {
        LocalDate today = clock.today();
        LocalDate from = superbillFrom == null ? today.withDayOfYear(1) : superbillFrom;
        LocalDate to = superbillTo == null ? today : superbillTo.isBefore(from) ? from : superbillTo;
        Superbill bill = claims.superbill(patientId, from, to);
        byte[] pdf = SuperbillPdf.of(bill, today);
        return DefaultStreamedContent.builder()
                .name("superbill-" + bill.patient().getChartNumber() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public StreamedContent getStatement() {
        LocalDate today = clock.today();
        LocalDate from = superbillFrom == null ? today.minusDays(PatientStatementResource.DEFAULT_DAYS) : superbillFrom;
        LocalDate to = superbillTo == null ? today : superbillTo.isBefore(from) ? from : superbillTo;
        ClaimService.Statement statement = claims.statement(patientId, from, to);
        byte[] pdf = StatementPdf.of(statement);
        return DefaultStreamedContent.builder()
                .name("statement-" + statement.patient().getChartNumber() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public List<PaymentMethod> getMethods() {
        return List.of(PaymentMethod.CARD, PaymentMethod.CASH, PaymentMethod.CHECK);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
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

    public LocalDate getSuperbillFrom() {
        return superbillFrom;
    }

    public void setSuperbillFrom(LocalDate superbillFrom) {
        this.superbillFrom = superbillFrom;
    }

    public LocalDate getSuperbillTo() {
        return superbillTo;
    }

    public void setSuperbillTo(LocalDate superbillTo) {
        this.superbillTo = superbillTo;
    }
}
