package org.artclinic.clinic.billing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.ClinicClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A patient's statement as a PDF (FRONT_DESK and MANAGER): what the patient owes, for the patient;
 * unlike the superbill it has no codes.
 */
@Path("patients/{patientId}/statement")
@RequestScoped
@Tag(ref = "Billing")
public class PatientStatementResource {

    /** The period a statement covers when none is given: the last 90 days. */
    static final int DEFAULT_DAYS = 90;

    @EJB
    private ClaimService claims;

    @Inject
    private ClinicClock clock;

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.MANAGER})
    @Operation(operationId = "patientStatement", summary = "A patient's statement as a PDF",
            description = "The balance brought forward, the visits of the period (default: the last 90 days) with "
                    + "what each charged, what insurance paid and wrote off, what waits for insurance and the "
                    + "patient's part, the patient's payments with the running balance, the amount due and the day "
                    + "to pay it by.")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Not a period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response statement(@PathParam("patientId") String patientId,
            @Parameter(description = "first day, e.g. 2026-09-01") @QueryParam("from") String from,
            @Parameter(description = "last day, e.g. 2026-11-30") @QueryParam("to") String to) {
        long id = FieldChecks.pathId(patientId);
        java.time.LocalDate today = clock.today();
        java.time.LocalDate[] period = PatientSuperbillResource.period(from, to, today.minusDays(DEFAULT_DAYS), today);
        ClaimService.Statement statement = claims.statement(id, period[0], period[1]);
        return PatientSuperbillResource.pdf(StatementPdf.of(statement), "statement-"
                + statement.patient().getChartNumber() + ".pdf");
    }
}
