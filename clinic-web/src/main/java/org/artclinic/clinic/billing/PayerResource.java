package org.artclinic.clinic.billing;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payers, their claim rules and fee schedules over HTTP: the front desk and managers read the list;
 * managers add and change payers, set KX thresholds and add fees.
 */
@Path("payers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Billing")
public class PayerResource {

    @EJB
    private PayerService payers;

    @Inject
    private ClinicClock clock;

    @GET
    // PayerService.payers also allows PRACTITIONER (one payer, GET {id}, does not)
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    @Operation(operationId = "listPayers", summary = "Every payer with its claim rules",
            description = "Self-pay first, then by name: the unit rule for timed codes, whether therapy needs GP, "
                    + "whether the payer takes the X modifiers (else 59), and the KX threshold of this year.")
    @APIResponse(responseCode = "200", description = "The payers", content = @Content(schema = @Schema(ref = "PayerList")))
    public List<BillingJson.PayerJson> list() {
        int year = clock.today().getYear();
        return payers.payers().stream().map(p -> BillingJson.PayerJson.of(p, year)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.MANAGER})
    @Operation(operationId = "getPayer", summary = "One payer with its claim rules",
            description = "The payer's unit rule, GP and X-modifier settings and KX thresholds by year.")
    @APIResponse(responseCode = "200", description = "The payer", content = @Content(schema = @Schema(ref = "Payer")))
    @APIResponse(responseCode = "404", description = "No such payer", content = @Content(schema = @Schema(ref = "Error")))
    public BillingJson.PayerJson find(@PathParam("id") String id) {
        return BillingJson.PayerJson.of(payers.payer(FieldChecks.pathId(id)), clock.today().getYear());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "addPayer", summary = "Add a payer (MANAGER)",
            description = "A name not used yet, its kind and its claim rules; fees are added separately.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(ref = "Payer")))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid, or the name is taken",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response add(BillingJson.PayerChangeJson body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        String name = checks.required("name", body.name());
        PayerKind kind = checks.choice("kind", body.kind(), PayerKind.class, true);
        PayerRules rules = rules(checks, body);
        checks.orFail();
        Payer payer = payers.addPayer(name, kind, rules);
        return Response.created(URI.create("payers/" + payer.getId()))
                .entity(BillingJson.PayerJson.of(payer, clock.today().getYear())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "changePayer", summary = "Change a payer's name and claim rules (MANAGER)",
            description = "Send the version last read: a payer changed meanwhile answers 400 and nothing changes. "
                    + "Charges made before keep the rules they were made with.")
    @APIResponse(responseCode = "200", description = "The payer as saved", content = @Content(schema = @Schema(ref = "Payer")))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid, or the payer changed since",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such payer", content = @Content(schema = @Schema(ref = "Error")))
    public BillingJson.PayerJson change(@PathParam("id") String id, BillingJson.PayerChangeJson body) {
        long payerId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long version = checks.id("version", body.version(), true);
        String name = checks.required("name", body.name());
        PayerRules rules = rules(checks, body);
        checks.orFail();
        return BillingJson.PayerJson.of(payers.changePayer(payerId, version, name, rules), clock.today().getYear());
    }

    @PUT
    @Path("{id}/kx-thresholds/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "setKxThreshold", summary = "Set a year's KX threshold of a payer (MANAGER)",
            description = "Therapy lines carry KX once the patient's therapy charges of the year pass it "
                    + "(Medicare: $2,410 for 2025). A null amount removes the year's threshold.")
    @APIResponse(responseCode = "200", description = "The payer as saved", content = @Content(schema = @Schema(ref = "Payer")))
    @APIResponse(responseCode = "400", description = "Not valid, or the payer changed since the version sent",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such payer", content = @Content(schema = @Schema(ref = "Error")))
    public BillingJson.PayerJson setKx(@PathParam("id") String id, @PathParam("year") String year,
            BillingJson.KxThresholdJson body) {
        long payerId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long version = checks.id("version", body.version(), true);
        int y = checks.number("year", year, 0, 2000, 2200);
        Money amount = body.amount() == null || body.amount().isBlank() ? null
                : checks.valid("amount", () -> Money.of(body.amount()));
        checks.orFail();
        return BillingJson.PayerJson.of(payers.setKxThreshold(payerId, version, y, amount), clock.today().getYear());
    }

    @GET
    @Path("{id}/fees")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "listFees", summary = "A payer's fee schedule (MANAGER)",
            description = "Every code's fees with the dates they are in effect, newest first within a code.")
    @APIResponse(responseCode = "200", description = "The fees", content = @Content(schema = @Schema(ref = "FeeList")))
    @APIResponse(responseCode = "404", description = "No such payer", content = @Content(schema = @Schema(ref = "Error")))
    public List<BillingJson.FeeJson> fees(@PathParam("id") String id) {
        return payers.fees(FieldChecks.pathId(id)).stream().map(BillingJson.FeeJson::of).toList();
    }

    @POST
    @Path("{id}/fees")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "addFee", summary = "A new fee for a code from a date (MANAGER)",
            description = "The fee in effect before it ends the day before; a fee never changes in place, so charges "
                    + "keep the fee of their date of service.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(ref = "Fee")))
    @APIResponse(responseCode = "400", description = "Not valid, a code not in the code set, or not after the latest fee",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such payer", content = @Content(schema = @Schema(ref = "Error")))
    public Response addFee(@PathParam("id") String id, BillingJson.NewFeeJson body) {
        long payerId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        String code = checks.required("code", body.code());
        Money fee = checks.valid("fee", () -> Money.of(body.fee() == null ? "" : body.fee()));
        java.time.LocalDate from = checks.date("effectiveFrom", body.effectiveFrom(), true);
        checks.orFail();
        FeeScheduleEntry entry = payers.setFee(payerId, code, fee, from);
        return Response.created(URI.create("payers/" + payerId + "/fees")).entity(BillingJson.FeeJson.of(entry))
                .build();
    }

    private static PayerRules rules(FieldChecks checks, BillingJson.PayerChangeJson body) {
        UnitRule rule = checks.choice("unitRule", body.unitRule(), UnitRule.class, true);
        return new PayerRules(rule, Boolean.TRUE.equals(body.requiresGp()), !Boolean.FALSE.equals(body.usesXModifiers()),
                body.ediPayerId());
    }
}
