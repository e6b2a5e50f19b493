package org.artclinic.clinic.billing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.security.Role;
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

    @jakarta.inject.Inject
    private org.artclinic.clinic.setup.ClinicClock clock;

    @GET
    @Path("ar-aging")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "arAging", summary = "A/R aging of open claims (MANAGER)",
            description = "The balances of claims not paid or written off, by payer (default) or by patient, in the "
                    + "buckets 0-30, 31-60, 61-90, 91-120 and over 120 days since the date of service, with totals; "
                    + "of every location or of one.")
    @APIResponse(responseCode = "200", description = "The aging", content = @Content(schema = @Schema(ref = "ArAging")))
    @APIResponse(responseCode = "400", description = "Not a grouping", content = @Content(schema = @Schema(ref = "Error")))
    public ClaimJson.AgingJson arAging(@Parameter(description = "PAYER (default) or PATIENT") @QueryParam("by") String by,
            @Parameter(description = "only the claims of visits at this location") @QueryParam("locationId")
            String locationId) {
        FieldChecks checks = new FieldChecks();
        ReportService.AgingBy grouping = checks.choice("by", by, ReportService.AgingBy.class, false);
        Long location = checks.id("locationId", locationId);
        checks.orFail();
        ReportService.AgingBy chosen = grouping == null ? ReportService.AgingBy.PAYER : grouping;
        return ClaimJson.AgingJson.of(reports.arAging(chosen, location), chosen.name());
    }

    @GET
    @Path("revenue")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "revenueReport", summary = "Revenue by practitioner, code, payer or month (MANAGER)",
            description = "Charges of signed visits by date of service in the period (default: this month), optionally "
                    + "of one location: visits, units, units per visit, charged, and what payers paid of their claims.")
    @APIResponse(responseCode = "200", description = "The rows", content = @Content(schema = @Schema(ref = "RevenueList")))
    @APIResponse(responseCode = "400", description = "Not a grouping or a period", content = @Content(schema = @Schema(ref = "Error")))
    public java.util.List<ClaimJson.RevenueJson> revenue(
            @Parameter(description = "PRACTITIONER (default), CODE, PAYER or MONTH") @QueryParam("by") String by,
            @Parameter(description = "first day, e.g. 2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "last day, e.g. 2026-11-30") @QueryParam("to") String to,
            @Parameter(description = "a location id") @QueryParam("locationId") String locationId) {
        FieldChecks checks = new FieldChecks();
        ReportService.RevenueBy grouping = checks.choice("by", by, ReportService.RevenueBy.class, false);
        java.time.LocalDate first = checks.date("from", from, false);
        java.time.LocalDate last = checks.date("to", to, false);
        Long location = checks.id("locationId", locationId);
        checks.orFail();
        java.time.LocalDate today = clock.today();
        return reports.revenue(grouping == null ? ReportService.RevenueBy.PRACTITIONER : grouping,
                first == null ? today.withDayOfMonth(1) : first, last == null ? today : last, location).stream()
                .map(ClaimJson.RevenueJson::of).toList();
    }

    @GET
    @Path("attendance")
    @RolesAllowed(Role.Names.MANAGER)
    @Operation(operationId = "attendanceReport", summary = "No-show and late-cancellation rates (MANAGER)",
            description = "Per practitioner, of the appointments that began in the period (default: this month) and "
                    + "were due (all but those cancelled in time): no-shows and late cancellations, and their rates.")
    @APIResponse(responseCode = "200", description = "The rows", content = @Content(schema = @Schema(ref = "AttendanceList")))
    @APIResponse(responseCode = "400", description = "Not a period", content = @Content(schema = @Schema(ref = "Error")))
    public java.util.List<ClaimJson.AttendanceJson> attendance(
            @Parameter(description = "first day, e.g. 2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "last day, e.g. 2026-11-30") @QueryParam("to") String to,
            @Parameter(description = "a location id") @QueryParam("locationId") String locationId) {
        FieldChecks checks = new FieldChecks();
        java.time.LocalDate first = checks.date("from", from, false);
        java.time.LocalDate last = checks.date("to", to, false);
        Long location = checks.id("locationId", locationId);
        checks.orFail();
        java.time.LocalDate today = clock.today();
        return reports.attendance(first == null ? today.withDayOfMonth(1) : first, last == null ? today : last, location)
                .stream().map(ClaimJson.AttendanceJson::of).toList();
    }
}
