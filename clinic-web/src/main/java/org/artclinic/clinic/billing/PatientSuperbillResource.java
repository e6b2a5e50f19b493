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

/** A patient's superbill as a PDF (FRONT_DESK and MANAGER), for the patient to send to an insurer. */
@Path("patients/{patientId}/superbill")
@RequestScoped
@Tag(ref = "Billing")
public class PatientSuperbillResource {

    @EJB
    private ClaimService claims;

    /** The period of a patient's document from its query parameters: each day or its default (400 when not a day). */
    static java.time.LocalDate[] period(String from, String to, java.time.LocalDate defaultFrom,
            java.time.LocalDate today) {
        FieldChecks checks = new FieldChecks();
        java.time.LocalDate first = checks.date("from", from, false);
        java.time.LocalDate last = checks.date("to", to, false);
        checks.orFail();
        return new java.time.LocalDate[] {first == null ? defaultFrom : first, last == null ? today : last};
    }

    /** A PDF shown in the browser (inline) under this file name. */
    static Response pdf(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .build();
    }

    @Inject
    private ClinicClock clock;

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.MANAGER})
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
        java.time.LocalDate today = clock.today();
        java.time.LocalDate[] period = period(from, to, today.withDayOfYear(1), today);
        Superbill bill = claims.superbill(id, period[0], period[1]);
        return pdf(SuperbillPdf.of(bill, today), "superbill-" + bill.patient().getChartNumber() + ".pdf");
    }
}
