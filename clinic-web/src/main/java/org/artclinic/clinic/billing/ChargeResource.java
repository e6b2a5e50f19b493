package org.artclinic.clinic.billing;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The charge review queue over HTTP (MANAGER): a page of the visits' charges by filter, one visit's
 * charges, a line or diagnosis fixed with a reason, approval. Edits carry the version last read.
 */
@Path("charges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Billing")
public class ChargeResource {

    static final int MAX_PAGE = 100;

    @EJB
    private ChargeService charges;

    @GET
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "chargeQueue", summary = "A page of the charge review queue (MANAGER)",
            description = "Visits' charges of a status (TO_REVIEW by default), oldest date of service first, filtered "
                    + "by location, practitioner, payer, and open warnings (any, or of one kind).")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(ref = "ChargeQueuePage")))
    @APIResponse(responseCode = "400", description = "A filter is not valid", content = @Content(schema = @Schema(ref = "Error")))
    public BillingJson.QueuePage queue(
            @Parameter(description = "TO_REVIEW (default), APPROVED or BILLED") @QueryParam("status") String status,
            @Parameter(description = "a location id") @QueryParam("locationId") String locationId,
            @Parameter(description = "a practitioner id") @QueryParam("practitionerId") String practitionerId,
            @Parameter(description = "a payer id") @QueryParam("payerId") String payerId,
            @Parameter(description = "true: only charges with open warnings") @QueryParam("withWarnings") String withWarnings,
            @Parameter(description = "only charges with an open warning of this kind, e.g. NCCI_PAIR") @QueryParam("warning") String warning,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + MAX_PAGE + " (default 20)") @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        ChargeStatus s = checks.choice("status", status, ChargeStatus.class, false);
        Long location = checks.id("locationId", locationId);
        Long practitioner = checks.id("practitionerId", practitionerId);
        Long payer = checks.id("payerId", payerId);
        Boolean warnings = checks.flag("withWarnings", withWarnings);
        WarningCode code = checks.choice("warning", warning, WarningCode.class, false);
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, MAX_PAGE);
        checks.orFail();
        ChargeFilter filter = new ChargeFilter(s, location, practitioner, payer, Boolean.TRUE.equals(warnings), code);
        return new BillingJson.QueuePage(charges.count(filter), from, size,
                charges.queue(filter, from, size).stream().map(BillingJson.SheetJson::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "getCharges", summary = "One visit's charges (MANAGER)",
            description = "Diagnoses, lines with units, modifiers and their reasons, pointers, fees and warnings, and "
                    + "every fix made with who, when and why.")
    @APIResponse(responseCode = "200", description = "The charges", content = @Content(schema = @Schema(ref = "Charges")))
    @APIResponse(responseCode = "404", description = "No such charges", content = @Content(schema = @Schema(ref = "Error")))
    public BillingJson.SheetJson find(@PathParam("id") String id) {
        return BillingJson.SheetJson.of(charges.sheet(FieldChecks.pathId(id)));
    }

    @PUT
    @Path("{id}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "fixChargeLine", summary = "Fix a charge line, or keep it and say why (MANAGER)",
            description = "Replaces the line's code, units, modifiers and diagnosis pointers; its open warnings count as "
                    + "dealt with. The reason is recorded with your name. A new code takes the payer's fee of the date "
                    + "of service.")
    @APIResponse(responseCode = "200", description = "The charges as saved", content = @Content(schema = @Schema(ref = "Charges")))
    @APIResponse(responseCode = "400", description = "Not valid, or the charges changed since the version sent",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such charges or line", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Already approved", content = @Content(schema = @Schema(ref = "Error")))
    public BillingJson.SheetJson fixLine(@PathParam("id") String id, @PathParam("lineId") String lineId,
            BillingJson.LineFixJson body) {
        long sheetId = FieldChecks.pathId(id);
        long line = FieldChecks.pathId(lineId);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long version = checks.id("version", body.version(), true);
        String code = checks.required("code", body.code());
        if (body.units() == null) {
            checks.add("units", "error.required");
        }
        String reason = checks.required("reason", body.reason());
        List<Modifier> modifiers = new ArrayList<>();
        for (String m : body.modifiers() == null ? List.<String>of() : body.modifiers()) {
            Modifier.ofCode(m).ifPresentOrElse(modifiers::add, () -> checks.addText("modifiers", "\"" + m
                    + "\" is not a modifier; use 59, XE, XS, XP, XU, GP, GO, AT, 25 or KX."));
        }
        if (body.diagnosisPointers() != null && body.diagnosisPointers().contains(null)) {
            checks.addText("diagnosisPointers", "A diagnosis pointer is a number from 1 to 12; an empty one is not.");
        }
        checks.orFail();
        return BillingJson.SheetJson.of(charges.fixLine(sheetId, version, line,
                new LineFix(code, body.units(), modifiers, body.diagnosisPointers()), reason));
    }

    @PUT
    @Path("{id}/diagnoses/{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "replaceChargeDiagnosis", summary = "Replace a diagnosis of a visit's charges (MANAGER)",
            description = "The new ICD-10-CM code must be billable on the date of service (a deleted code, or one "
                    + "missing its laterality or 7th character, is refused with what is missing); the lines that "
                    + "pointed to the old code point to the new one.")
    @APIResponse(responseCode = "200", description = "The charges as saved", content = @Content(schema = @Schema(ref = "Charges")))
    @APIResponse(responseCode = "400", description = "Not billable, not valid, or the charges changed since",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such charges", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Already approved", content = @Content(schema = @Schema(ref = "Error")))
    public BillingJson.SheetJson replaceDiagnosis(@PathParam("id") String id, @PathParam("position") String position,
            BillingJson.DiagnosisFixJson body) {
        long sheetId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        int p = checks.number("position", position, 0, 1, ChargeRules.DIAGNOSES_PER_CLAIM);
        Long version = checks.id("version", body.version(), true);
        String code = checks.required("code", body.code());
        String reason = checks.required("reason", body.reason());
        checks.orFail();
        return BillingJson.SheetJson.of(charges.replaceDiagnosis(sheetId, version, p, code, reason));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "approveCharges", summary = "Approve a visit's charges (MANAGER)",
            description = "Only when no warning is open: fix each flagged line, or keep it and say why, first.")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(ref = "Charges")))
    @APIResponse(responseCode = "400", description = "The charges changed since the version sent",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such charges", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "Warnings are open, or already approved",
            content = @Content(schema = @Schema(ref = "Error")))
    public BillingJson.SheetJson approve(@PathParam("id") String id, BillingJson.ApprovalJson body) {
        long sheetId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long version = checks.id("version", body.version(), true);
        checks.orFail();
        return BillingJson.SheetJson.of(charges.approve(sheetId, version));
    }
}
