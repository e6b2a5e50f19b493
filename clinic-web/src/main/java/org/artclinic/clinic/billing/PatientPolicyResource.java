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
import org.artclinic.clinic.patient.InsurancePolicy;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.patient.PolicyDetails;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A patient's insurance policies over HTTP (FRONT_DESK): add one for a payer of the payer list, list
 * them. The primary active policy's payer is billed for the patient's visits; without one, the
 * patient pays (self-pay).
 */
@Path("patients/{patientId}/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Patients")
public class PatientPolicyResource {

    @EJB
    private PatientService patients;

    @EJB
    private PayerService payers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // PatientService.addPolicy also allows PRACTITIONER, but PayerService.payer (the payer's name) does not
    @RolesAllowed(Role.Names.FRONT_DESK)
    @Operation(operationId = "addPolicy", summary = "Add an insurance policy to a patient (FRONT_DESK)",
            description = "For a payer of GET /api/payers (not self-pay). A patient has one active primary and one "
                    + "active secondary policy at most; bad fields answer 400, each named, and nothing is stored.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(ref = "Policy")))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, an unknown payer, or the patient has "
            + "an active policy of that priority", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient", content = @Content(schema = @Schema(ref = "Error")))
    public Response add(@PathParam("patientId") String patientId, BillingJson.NewPolicyJson body) {
        long patient = FieldChecks.pathId(patientId);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        Long payerId = checks.id("payerId", body.payerId(), true);
        String memberId = checks.required("memberId", body.memberId());
        InsurancePolicy.Relationship relationship = checks.choice("relationship", body.relationship(),
                InsurancePolicy.Relationship.class, false);
        Money copay = body.copay() == null || body.copay().isBlank() ? null
                : checks.valid("copay", () -> Money.of(body.copay()));
        java.time.LocalDate from = checks.date("authorizationStart", body.authorizationStart(), false);
        java.time.LocalDate to = checks.date("authorizationEnd", body.authorizationEnd(), false);
        checks.orFail();
        String payerName = payers.payer(payerId).getName();
        InsurancePolicy policy = patients.addPolicy(patient, new PolicyDetails(
                Boolean.FALSE.equals(body.primary()) ? InsurancePolicy.Priority.SECONDARY
                        : InsurancePolicy.Priority.PRIMARY,
                payerName, memberId, body.groupNumber(), body.subscriberName(), relationship, copay,
                body.authorizedVisits(), from, to));
        return Response.created(URI.create("patients/" + patient + "/policies/" + policy.getId()))
                .entity(BillingJson.PolicyJson.of(policy)).build();
    }

    @GET
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    @Operation(operationId = "listPolicies", summary = "A patient's insurance policies",
            description = "Active and ended policies, primary first, each with its payer.")
    @APIResponse(responseCode = "200", description = "The policies", content = @Content(schema = @Schema(ref = "PolicyList")))
    @APIResponse(responseCode = "404", description = "No such patient", content = @Content(schema = @Schema(ref = "Error")))
    public List<BillingJson.PolicyJson> list(@PathParam("patientId") String patientId) {
        return patients.policies(FieldChecks.pathId(patientId)).stream().map(BillingJson.PolicyJson::of).toList();
    }
}
