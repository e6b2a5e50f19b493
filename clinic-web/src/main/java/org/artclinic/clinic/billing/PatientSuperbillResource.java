package org.artclinic.clinic.billing;

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
import org.artclinic.clinic.setup.ClinicClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's superbill as a PDF (FRONT_DESK and MANAGER), for the patient to send to an insurer. */
@Path("patients/{patientId}/superbill")
@RequestScoped
@Tag(ref = "Billing")
public class PatientSuperbillResource {

    @EJB
    private ClaimService claims;

    @Inject
    private ClinicClock clock;

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "superbill", summary = "A patient's superbill as a PDF",
            description = "The approved visits of the period (default: this calendar year to today) with place, "
                    + "provider and NPI, ICD-10-CM diagnoses, CPT lines with modifiers, units and fees; what insurers "
                    + "and the patient paid; the balance today.")
    @APIResponse(responseCode = "200", description = "The superbill",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Not a period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response superbill(@PathParam("patientId") String patientId,
            @Parameter(description = "first day, e.g. 2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "last day, e.g. 2026-12-31") @QueryParam("to") String to) {
        long id = FieldChecks.pathId(patientId);
        FieldChecks checks = new FieldChecks();
        java.time.LocalDate first = checks.date("from", from, false);
        java.time.LocalDate last = checks.date("to", to, false);
        checks.orFail();
        java.time.LocalDate today = clock.today();
        Superbill bill = claims.superbill(id, first == null ? today.withDayOfYear(1) : first, last == null ? today : last);
        return Response.ok(SuperbillPdf.of(bill, today), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"superbill-" + bill.patient().getChartNumber() + ".pdf\"")
                .build();
    }
}
