package org.artclinic.clinic.billing;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's payments over HTTP (FRONT_DESK and MANAGER): list them, take one at the desk. */
@Path("patients/{patientId}/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Billing")
public class PatientPaymentResource {

    @EJB
    private ClaimService claims;

    @GET
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.MANAGER})
    @Operation(operationId = "listPatientPayments", summary = "A patient's payments and their insurers', newest first",
            description = "At most 200: the copays taken at check-in, payments at the desk, and payers' payments of "
                    + "the patient's claims.")
    @APIResponse(responseCode = "200", description = "The payments", content = @Content(schema = @Schema(ref = "PaymentList")))
    public List<ClaimJson.PaymentJson> payments(@PathParam("patientId") String patientId) {
        return claims.paymentsOfPatient(FieldChecks.pathId(patientId)).stream().map(ClaimJson.PaymentJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.MANAGER})
    @Operation(operationId = "postPatientPayment", summary = "Take a patient's payment",
            description = "Lowers the patient's balance (or leaves a credit).")
    @APIResponse(responseCode = "201", description = "Taken", content = @Content(schema = @Schema(ref = "Payment")))
    @APIResponse(responseCode = "400", description = "Not valid", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient", content = @Content(schema = @Schema(ref = "Error")))
    public Response pay(@PathParam("patientId") String patientId, ClaimJson.NewPatientPaymentJson body) {
        long id = FieldChecks.pathId(patientId);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Money amount = checks.valid("amount", () -> Money.of(body.amount() == null ? "" : body.amount()));
        java.time.LocalDate received = checks.date("receivedOn", body.receivedOn(), false);
        PaymentMethod method = checks.choice("method", body.method(), PaymentMethod.class, true);
        checks.orFail();
        Payment payment = claims.postPatientPayment(id, amount, received, method, body.reference());
        return Response.created(URI.create("patients/" + id + "/payments/" + payment.getId())).entity(ClaimJson.PaymentJson.of(payment))
                .build();
    }
}
