package org.artclinic.clinic.billing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;

import org.artclinic.clinic.common.DomainException;

/**
 * An X12 005010X222A1 837P (professional claims) file for a batch of claims, written with StAEDI's
 * stream writer and validated against its X12 control schema as it is written (the envelope: ISA,
 * GS, ST/SE, GE, IEA, their lengths, codes and counts), never by string concatenation. The loops are
 * those of the implementation guide: 1000A submitter, 1000B receiver, 2000A/2010AA billing provider,
 * 2000B/2010BA subscriber and 2010BB payer, 2000C patient when the patient is not the subscriber,
 * 2300 claim with its diagnoses (HI, ABK then ABF), 2310B rendering provider, 2400 service lines.
 */
public final class X12ClaimFile {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private X12ClaimFile() {
    }

    /** A postal address: street line, city, two-letter state, ZIP. */
    public record Address(String line, String city, String state, String zip) {
    }

    /** A person: family and given name, birth date, sex (M, F or U), address. */
    public record Person(String last, String first, LocalDate birthDate, String sex, Address address) {
    }

    /** Who sends the file (1000A): name, id, contact and phone. */
    public record Submitter(String name, String id, String contact, String phone) {
    }

    /** The practice that bills (2010AA): name, NPI, tax id (EIN), address. */
    public record BillingProvider(String name, String npi, String taxId, Address address) {
    }

    /** One service line (2400): CPT, up to 4 modifiers, charge, units, 1 to 4 diagnosis pointers. */
    public record Line(String code, List<String> modifiers, BigDecimal amount, int units, List<Integer> pointers) {
    }

    /**
     * One claim (2000B-2400).
     *
     * @param relationship the patient's relationship to the subscriber: "18" self, "01" spouse, "19" child, "G8" other
     * @param patient the patient when not the subscriber (2000C), else null
     * @param filingIndicator SBR09: "MB" Medicare Part B, "MC" Medicaid, "CI" commercial, "WC" workers' compensation
     */
    public record ClaimData(String claimId, String payerName, String payerId, String filingIndicator,
            String memberId, String groupNumber, Person subscriber, String relationship, Person patient,
            List<String> diagnoses, String renderingLast, String renderingFirst, String renderingNpi,
            LocalDate dateOfService, List<Line> lines) {

        /** CLM02: the sum of the lines' charges. */
        public BigDecimal total() {
            return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The batch: interchange and group control numbers, creation time, test or production, the claims. */
    public record Batch(String senderId, String receiverId, String receiverName, Submitter submitter,
            BillingProvider provider, int interchangeControl, int groupControl, ZonedDateTime created,
            boolean production, List<ClaimData> claims) {
    }

    /**
     * The file of a batch.
     *
     * @throws DomainException when a claim cannot be sent (no lines, too many diagnoses, modifiers or
     *         pointers), before anything is written
     * @throws IllegalStateException when the writer finds the envelope invalid
     */
    public static String write(Batch batch) {
        check(batch);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Schema control = SchemaFactory.newFactory().getControlSchema(Standards.X12, new String[] {"00501"});
            // every element the control schema refuses is collected and the file refused with them
            List<String> problems = new java.util.ArrayList<>();
            EDIOutputFactory factory = EDIOutputFactory.newFactory();
            factory.setErrorReporter((error, w, location, data, reference) -> problems.add(error + " in "
                    + location.getSegmentTag() + " element " + location.getElementPosition() + " (\"" + data + "\")"));
            EDIStreamWriter writer = factory.createEDIStreamWriter(out, "UTF-8");
            writer.setControlSchema(control);
            writer.startInterchange();
            ZonedDateTime at = batch.created();
            String control9 = String.format("%09d", batch.interchangeControl());
            segment(writer, "ISA", "00", pad("", 10), "00", pad("", 10), "ZZ", pad(batch.senderId(), 15), "ZZ",
                    pad(batch.receiverId(), 15), YYMMDD.format(at), HHMM.format(at), "^", "00501", control9, "0",
                    batch.production() ? "P" : "T", ":");
            segment(writer, "GS", "HC", batch.senderId(), batch.receiverId(), CCYYMMDD.format(at), HHMM.format(at),
                    String.valueOf(batch.groupControl()), "X", "005010X222A1");
            // one transaction (ST-SE) holds the batch's claims
            writeTransaction(writer, batch, "0001");
            segment(writer, "GE", "1", String.valueOf(batch.groupControl()));
            segment(writer, "IEA", "1", control9);
            writer.endInterchange();
            writer.close();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The 837P file is not valid X12: " + String.join("; ", problems));
            }
        } catch (EDIValidationException e) {
            throw new IllegalStateException("The 837P file is not valid X12: " + e.getMessage(), e);
        } catch (EDIStreamException | EDISchemaException e) {
            throw new IllegalStateException("The 837P file could not be written: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeTransaction(EDIStreamWriter w, Batch batch, String number) throws EDIStreamException {
        Counter c = new Counter(w);
        ZonedDateTime at = batch.created();
        c.write("ST", "837", number, "005010X222A1");
        c.write("BHT", "0019", "00", number + batch.interchangeControl(), CCYYMMDD.format(at), HHMM.format(at), "CH");
        Submitter s = batch.submitter();
        c.write("NM1", "41", "2", s.name(), "", "", "", "", "46", s.id());
        c.write("PER", "IC", s.contact(), "TE", s.phone());
        c.write("NM1", "40", "2", batch.receiverName(), "", "", "", "", "46", batch.receiverId());
        int hl = 1;
        c.write("HL", "1", "", "20", "1");
        BillingProvider p = batch.provider();
        c.write("NM1", "85", "2", p.name(), "", "", "", "", "XX", p.npi());
        c.write("N3", p.address().line());
        c.write("N4", p.address().city(), p.address().state(), p.address().zip());
        c.write("REF", "EI", p.taxId().replace("-", ""));
        for (ClaimData claim : batch.claims()) {
            boolean self = claim.patient() == null;
            int subscriberHl = ++hl;
            c.write("HL", String.valueOf(subscriberHl), "1", "22", self ? "0" : "1");
            c.write("SBR", "P", self ? "18" : "", claim.groupNumber() == null ? "" : claim.groupNumber(), "", "", "", "",
                    "", claim.filingIndicator());
            Person sub = claim.subscriber();
            c.write("NM1", "IL", "1", sub.last(), sub.first(), "", "", "", "MI", claim.memberId());
            c.write("N3", sub.address().line());
            c.write("N4", sub.address().city(), sub.address().state(), sub.address().zip());
            if (sub.birthDate() != null) {
                // required when the subscriber is the patient; a subscriber's birth date may be unknown
                c.write("DMG", "D8", CCYYMMDD.format(sub.birthDate()), sub.sex());
            }
            c.write("NM1", "PR", "2", claim.payerName(), "", "", "", "", "PI", claim.payerId());
            if (!self) {
                c.write("HL", String.valueOf(++hl), String.valueOf(subscriberHl), "23", "0");
                c.write("PAT", claim.relationship());
                Person pat = claim.patient();
                c.write("NM1", "QC", "1", pat.last(), pat.first());
                c.write("N3", pat.address().line());
                c.write("N4", pat.address().city(), pat.address().state(), pat.address().zip());
                c.write("DMG", "D8", CCYYMMDD.format(pat.birthDate()), pat.sex());
            }
            writeClaim(w, c, claim);
        }
        segment(w, "SE", String.valueOf(c.segments + 1), number);
    }

    private static void writeClaim(EDIStreamWriter w, Counter c, ClaimData claim) throws EDIStreamException {
        w.writeStartSegment("CLM").writeElement(claim.claimId()).writeElement(amount(claim.total()))
                .writeEmptyElement().writeEmptyElement();
        w.writeStartElement().writeComponent("11").writeComponent("B").writeComponent("1").endElement();
        w.writeElement("Y").writeElement("A").writeElement("Y").writeElement("Y").writeEndSegment();
        c.count();
        w.writeStartSegment("HI");
        for (int i = 0; i < claim.diagnoses().size(); i++) {
            w.writeStartElement().writeComponent(i == 0 ? "ABK" : "ABF")
                    .writeComponent(claim.diagnoses().get(i).replace(".", "")).endElement();
        }
        w.writeEndSegment();
        c.count();
        c.write("NM1", "82", "1", claim.renderingLast(), claim.renderingFirst(), "", "", "", "XX", claim.renderingNpi());
        int n = 0;
        for (Line line : claim.lines()) {
            c.write("LX", String.valueOf(++n));
            w.writeStartSegment("SV1").writeStartElement().writeComponent("HC").writeComponent(line.code());
            for (String modifier : line.modifiers()) {
                w.writeComponent(modifier);
            }
            w.endElement().writeElement(amount(line.amount())).writeElement("UN")
                    .writeElement(String.valueOf(line.units())).writeEmptyElement().writeEmptyElement();
            w.writeStartElement();
            for (int pointer : line.pointers()) {
                w.writeComponent(String.valueOf(pointer));
            }
            w.endElement().writeEndSegment();
            c.count();
            c.write("DTP", "472", "D8", CCYYMMDD.format(claim.dateOfService()));
        }
    }

    /** Writes the transaction's segments and counts them for SE01 (which counts ST to SE). */
    private static final class Counter {
        private final EDIStreamWriter writer;
        private int segments;

        Counter(EDIStreamWriter writer) {
            this.writer = writer;
        }

        void write(String id, String... values) throws EDIStreamException {
            segment(writer, id, values);
            segments++;
        }

        /** A segment written directly on the writer (one with composites). */
        void count() {
            segments++;
        }
    }

    private static void segment(EDIStreamWriter w, String id, String... values) throws EDIStreamException {
        w.writeStartSegment(id);
        int last = values.length;
        while (last > 0 && values[last - 1].isEmpty()) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (values[i].isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(values[i]);
            }
        }
        w.writeEndSegment();
    }

    /** An amount as X12 writes it: no trailing zeros after the point (60, 60.5, 60.25). */
    static String amount(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String pad(String value, int length) {
        return String.format("%-" + length + "s", value);
    }

    private static void check(Batch batch) {
        if (batch.claims().isEmpty()) {
            throw new DomainException("There is no claim to send.");
        }
        for (ClaimData claim : batch.claims()) {
            Objects.requireNonNull(claim.dateOfService(), "dateOfService");
            if (claim.lines().isEmpty()) {
                throw new DomainException("Claim " + claim.claimId() + " has no line to bill.");
            }
            if (claim.diagnoses().isEmpty() || claim.diagnoses().size() > ChargeRules.DIAGNOSES_PER_CLAIM) {
                throw new DomainException("Claim " + claim.claimId() + " needs 1 to " + ChargeRules.DIAGNOSES_PER_CLAIM
                        + " diagnoses; it has " + claim.diagnoses().size() + ".");
            }
            for (Line line : claim.lines()) {
                if (line.modifiers().size() > ChargeRules.MODIFIERS_PER_LINE) {
                    throw new DomainException("Claim " + claim.claimId() + ": " + line.code() + " has more than "
                            + ChargeRules.MODIFIERS_PER_LINE + " modifiers.");
                }
                if (line.pointers().isEmpty() || line.pointers().size() > ChargeRules.POINTERS_PER_LINE
                        || line.pointers().stream().anyMatch(p -> p < 1 || p > claim.diagnoses().size())) {
                    throw new DomainException("Claim " + claim.claimId() + ": " + line.code() + " needs 1 to "
                            + ChargeRules.POINTERS_PER_LINE + " pointers to its diagnoses.");
                }
                if (line.units() < 1) {
                    throw new DomainException("Claim " + claim.claimId() + ": " + line.code() + " bills no unit.");
                }
            }
        }
    }
}
