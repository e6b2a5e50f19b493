package org.artclinic.clinic.billing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Claims over HTTP (MANAGER): made from a visit's approved charges, listed by status, moved by hand,
 * paid by payments posted with their adjustments, followed by a secondary payer's claim.
 */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Billing")
public class ClaimResource {

    @EJB
    private ClaimService claims;

    @Inject
    private ClinicClock clock;

    @GET
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "listClaims", summary = "A page of claims (MANAGER)",
            description = "Oldest date of service first, of a status (all when left out), a payer or a patient.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(ref = "ClaimPage")))
    @APIResponse(responseCode = "400", description = "A filter is not valid", content = @Content(schema = @Schema(ref = "Error")))
    public ClaimJson.ClaimPage list(
            @Parameter(description = "DRAFT, READY, SUBMITTED, PAID, PARTIALLY_PAID, DENIED, APPEALED or WRITTEN_OFF")
            @QueryParam("status") String status,
            @Parameter(description = "a payer id") @QueryParam("payerId") String payerId,
            @Parameter(description = "a patient id") @QueryParam("patientId") String patientId,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + ChargeResource.MAX_PAGE + " (default 20)")
            @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        ClaimStatus s = checks.choice("status", status, ClaimStatus.class, false);
        Long payer = checks.id("payerId", payerId);
        Long patient = checks.id("patientId", patientId);
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, ChargeResource.MAX_PAGE);
        checks.orFail();
        ClaimFilter filter = new ClaimFilter(s, payer, patient);
        return new ClaimJson.ClaimPage(claims.count(filter), from, size,
                claims.claims(filter, from, size).stream().map(ClaimJson.ClaimView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "createClaim", summary = "Make the payer's claim for a visit's approved charges (MANAGER)",
            description = "One claim per visit per payer; the charges become billed. Self-pay charges have no claim.")
    @APIResponse(responseCode = "201", description = "Made, as a draft", content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "400", description = "No charges id", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such charges", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Not approved, already billed, or self-pay",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response create(ClaimJson.NewClaimJson body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long sheet = checks.id("chargesId", body.chargesId(), true);
        checks.orFail();
        Claim claim = claims.createClaim(sheet);
        return Response.created(URI.create("claims/" + claim.getId())).entity(ClaimJson.ClaimView.of(claim)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "getClaim", summary = "One claim with its history (MANAGER)",
            description = "Its money (charged, paid, adjusted, the patient's share, the balance) and every status change "
                    + "with who and when.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(schema = @Schema(ref = "Error")))
    public ClaimJson.ClaimView find(@PathParam("id") String id) {
        return ClaimJson.ClaimView.of(claims.claim(FieldChecks.pathId(id)));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "moveClaim", summary = "Move a claim to another status (MANAGER)",
            description = "Draft to ready, ready to submitted, submitted to denied, denied to appealed, and so on; a "
                    + "denial, appeal or write-off says why. Payments move a claim to paid themselves.")
    @APIResponse(responseCode = "200", description = "The claim as saved", content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "400", description = "Not valid, no reason, or the claim changed since",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Not a move this claim can make", content = @Content(schema = @Schema(ref = "Error")))
    public ClaimJson.ClaimView move(@PathParam("id") String id, ClaimJson.MoveJson body) {
        long claimId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long version = checks.id("version", body.version(), true);
        ClaimStatus status = checks.choice("status", body.status(), ClaimStatus.class, true);
        checks.orFail();
        return ClaimJson.ClaimView.of(claims.move(claimId, version, status, body.note()));
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "postClaimPayment", summary = "Post a payer's payment to a claim (MANAGER)",
            description = "With the adjustments of the payer's remittance (CO written off, PR the patient's share). The "
                    + "claim becomes paid or partially paid. Two managers posting to one claim at once both count.")
    @APIResponse(responseCode = "201", description = "Posted", content = @Content(schema = @Schema(ref = "PostedPayment")))
    @APIResponse(responseCode = "400", description = "Not valid, or more than the claim's balance",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The claim was not sent, or is closed",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response pay(@PathParam("id") String id, ClaimJson.NewPayerPaymentJson body) {
        long claimId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Money amount = checks.valid("amount", () -> Money.of(body.amount() == null ? "" : body.amount()));
        java.time.LocalDate received = checks.date("receivedOn", body.receivedOn(), false);
        PaymentMethod method = checks.choice("method", body.method(), PaymentMethod.class, true);
        List<Adjustment> adjustments = new ArrayList<>();
        for (ClaimJson.AdjustmentJson a : body.adjustments() == null ? List.<ClaimJson.AdjustmentJson>of()
                : body.adjustments()) {
            if (a == null) {
                checks.addText("adjustments", "An adjustment needs a group, a reason code and an amount; an empty one "
                        + "is not an adjustment.");
                continue;
            }
            AdjustmentGroup group = checks.choice("adjustments.group", a.group(), AdjustmentGroup.class, true);
            Money value = checks.valid("adjustments.amount", () -> Money.of(a.amount() == null ? "" : a.amount()));
            if (group != null && value != null) {
                Adjustment adjustment = checks.valid("adjustments", () -> new Adjustment(group, a.reasonCode(), value));
                if (adjustment != null) {
                    adjustments.add(adjustment);
                }
            }
        }
        checks.orFail();
        Payment payment = claims.postPayment(claimId, amount, adjustments, received == null ? clock.today() : received,
                method, body.reference());
        return Response.created(URI.create("claims/" + claimId))
                .entity(new ClaimJson.PostedJson(ClaimJson.PaymentJson.of(payment),
                        ClaimJson.ClaimView.of(claims.claim(claimId)))).build();
    }

    @GET
    @Path("{id}/payments")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "listClaimPayments", summary = "The payments posted to a claim (MANAGER)",
            description = "Oldest first, each with its adjustments and who posted it.")
    @APIResponse(responseCode = "200", description = "The payments", content = @Content(schema = @Schema(ref = "PaymentList")))
    public List<ClaimJson.PaymentJson> payments(@PathParam("id") String id) {
        return claims.paymentsOfClaim(FieldChecks.pathId(id)).stream().map(ClaimJson.PaymentJson::of).toList();
    }

    @POST
    @Path("{id}/secondary")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "createSecondaryClaim", summary = "Bill the secondary payer (MANAGER)",
            description = "Once the primary payer has paid, a claim to the patient's secondary payer for what the "
                    + "primary left to the patient.")
    @APIResponse(responseCode = "201", description = "Made, as a draft", content = @Content(schema = @Schema(ref = "Claim")))
    @APIResponse(responseCode = "404", description = "No such claim", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The primary has not paid, left nothing, or there is no secondary "
            + "policy", content = @Content(schema = @Schema(ref = "Error")))
    public Response secondary(@PathParam("id") String id) {
        Claim claim = claims.createSecondary(FieldChecks.pathId(id));
        return Response.created(URI.create("claims/" + claim.getId())).entity(ClaimJson.ClaimView.of(claim)).build();
    }

    @POST
    @Path("batch")
    @Produces({"application/edi-x12", MediaType.APPLICATION_JSON})
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "sendReadyClaims", summary = "Send the ready claims in an 837P file (MANAGER)",
            description = "An X12 005010X222A1 837P file of the claims that are ready (at most 200, oldest first), "
                    + "written and validated with StAEDI and kept (GET its Location to download it again); its "
                    + "claims become submitted. A ready claim that cannot be sent yet (a payer without an electronic "
                    + "id, a provider without NPI, a patient without address) stays ready; the header Claims-Held "
                    + "counts them and the kept batch lists them with what is missing.")
    @APIResponse(responseCode = "201", description = "The file; Location names the kept batch, Claims-Sent and "
            + "Claims-Held count the claims sent and left out",
            content = @Content(mediaType = "application/edi-x12", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "No ready claim can be sent: what each one misses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "No claim is ready",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response batch() {
        ClaimBatch batch = claims.sendReady();
        return Response.created(URI.create("claims/batches/" + batch.getId()))
                .entity(batch.getFile()).type("application/edi-x12")
                .header("Content-Disposition", "attachment; filename=\"" + batch.getFileName() + "\"")
                .header("Claims-Sent", batch.getClaimCount())
                .header("Claims-Held", batch.getHeld().size())
                .build();
    }

    @GET
    @Path("batches")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "listClaimBatches", summary = "The 837P files sent, newest first (MANAGER)",
            description = "Each file as it was sent: its control number, who sent it and when, how many claims it "
                    + "holds and the ready claims it left out with what they miss.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(ref = "ClaimBatchPage")))
    @APIResponse(responseCode = "400", description = "A paging value is not valid",
            content = @Content(schema = @Schema(ref = "Error")))
    public ClaimJson.BatchPage batches(
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + ChargeResource.MAX_PAGE + " (default 20)")
            @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, ChargeResource.MAX_PAGE);
        checks.orFail();
        return new ClaimJson.BatchPage(from, size, claims.batches(from, size).stream().map(ClaimJson.BatchView::of)
                .toList());
    }

    @GET
    @Path("batches/{batchId}")
    @Produces({"application/edi-x12", MediaType.APPLICATION_JSON})
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "getClaimBatch", summary = "An 837P file as it was sent (MANAGER)",
            description = "The same file again, byte for byte: for a failed download or a clearinghouse that asks.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "application/edi-x12", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response batchFile(@PathParam("batchId") String id) {
        ClaimBatch batch = claims.batch(FieldChecks.pathId(id));
        return Response.ok(batch.getFile(), "application/edi-x12")
                .header("Content-Disposition", "attachment; filename=\"" + batch.getFileName() + "\"")
                .build();
    }
}
