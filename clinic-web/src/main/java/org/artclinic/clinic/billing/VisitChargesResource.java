package org.artclinic.clinic.billing;

import java.util.List;

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

/** The charge lines of a signed visit note (MANAGER): what signing the note made, as reviewed since. */
@Path("visits/{id}/charges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Billing")
public class VisitChargesResource {

    @EJB
    private ChargeService charges;

    @GET
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "visitCharges", summary = "The charge lines of a signed visit (MANAGER)",
            description = "One line per code: units by the payer's unit rule (0 when it bills none), modifiers, the "
                    + "unit fee of the payer's schedule on the date of service, diagnosis pointers and warnings. "
                    + "A visit whose note is not signed yet answers 409.")
    @APIResponse(responseCode = "200", description = "The lines", content = @Content(schema = @Schema(ref = "ChargeLineList")))
    @APIResponse(responseCode = "404", description = "No such visit note", content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "The note is not signed yet", content = @Content(schema = @Schema(ref = "Error")))
    public List<BillingJson.LineJson> lines(@PathParam("id") String id) {
        return charges.chargesOfVisit(FieldChecks.pathId(id)).getLines().stream().map(BillingJson.LineJson::of).toList();
    }
}
