package org.artclinic.clinic.billing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.artclinic.clinic.api.FieldChecks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The managers' reports over HTTP (MANAGER), aggregated in the database. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Billing")
public class ReportResource {

    @EJB
    private ReportService reports;

    @GET
    @Path("ar-aging")
    @Operation(operationId = "arAging", summary = "A/R aging of open claims (MANAGER)",
            description = "The balances of claims not paid or written off, by payer (default) or by patient, in the "
                    + "buckets 0-30, 31-60, 61-90, 91-120 and over 120 days since the date of service, with totals.")
    @APIResponse(responseCode = "200", description = "The aging", content = @Content(schema = @Schema(ref = "ArAging")))
    @APIResponse(responseCode = "400", description = "Not a grouping", content = @Content(schema = @Schema(ref = "Error")))
    public ClaimJson.AgingJson arAging(@Parameter(description = "PAYER (default) or PATIENT") @QueryParam("by") String by) {
        FieldChecks checks = new FieldChecks();
        ReportService.AgingBy grouping = checks.choice("by", by, ReportService.AgingBy.class, false);
        checks.orFail();
        ReportService.AgingBy chosen = grouping == null ? ReportService.AgingBy.PAYER : grouping;
        return ClaimJson.AgingJson.of(reports.arAging(chosen), chosen.name());
    }
}
