package org.artclinic.clinic.billing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's balance over HTTP (FRONT_DESK, PRACTITIONER and MANAGER). */
@Path("patients/{patientId}/balance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Billing")
public class PatientBalanceResource {

    @EJB
    private ClaimService claims;

    @GET
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER})
    @Operation(operationId = "patientBalance", summary = "What a patient owes, or has in credit",
            description = "Approved self-pay charges plus what insurers left to the patient (PR adjustments of claims "
                    + "no secondary payer took over), less the patient's payments (copays at check-in included).")
    @APIResponse(responseCode = "200", description = "The balance", content = @Content(schema = @Schema(ref = "PatientBalance")))
    public ClaimJson.BalanceJson balance(@PathParam("patientId") String patientId) {
        long id = FieldChecks.pathId(patientId);
        return ClaimJson.BalanceJson.of(id, claims.balance(id));
    }
}
