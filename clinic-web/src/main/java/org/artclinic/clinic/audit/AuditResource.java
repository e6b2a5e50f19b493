package org.artclinic.clinic.audit;

import java.time.Instant;
import java.util.List;

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

/** The audit trail over HTTP (ADMIN): the report's events, and the verification of the hash chain. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Audit")
public class AuditResource {

    /** At most this many events per page. */
    static final int MAX_PAGE = 500;

    @EJB
    private AuditReport report;

    @Schema(name = "AuditEvent", requiredProperties = {"id", "at", "user", "action", "source", "outcome"})
    public record EventJson(long id, String at, String user, String roles, String address, Long patientId,
            @Schema(description = "VIEW, SEARCH, CREATE, UPDATE, DELETE, SIGN, PRINT, EXPORT, SIGN_IN, "
                    + "SIGN_IN_FAILED, SIGN_OUT, TIME_OUT, LOCK_OUT, ACCESS_DENIED or EMERGENCY_ACCESS") String action,
            String recordType, String recordId, String source,
            @Schema(description = "SUCCESS, REFUSED, DENIED or FAILED") String outcome, String detail,
            @Schema(description = "for a change: the values before it") String before,
            @Schema(description = "for a change: the values after it") String after) {
        static EventJson of(AuditEvent e) {
            return new EventJson(e.getId(), e.getAt().toString(), e.getUser(), e.getRoles(), e.getAddress(),
                    e.getPatientId(), e.getAction().name(), e.getRecordType(), e.getRecordId(), e.getSource(),
                    e.getOutcome().name(), e.getDetail(), e.getBefore(), e.getAfter());
        }
    }

    @Schema(name = "AuditPage", requiredProperties = {"total", "totalExact", "first", "max", "items"})
    public record EventPage(
            @Schema(description = "how many events the filters match, counted up to " + AuditReport.COUNT_LIMIT)
            long total,
            @Schema(description = "false when more than " + AuditReport.COUNT_LIMIT + " events match: total is then "
                    + AuditReport.COUNT_LIMIT + "; narrow the period or the filters, or export them") boolean totalExact,
            int first, int max, List<EventJson> items) {
    }

    @Schema(name = "AuditVerification", requiredProperties = {"intact", "checked"})
    public record VerificationJson(boolean intact, long checked,
            @Schema(description = "the first broken link's position; absent when intact") Long brokenAt,
            @Schema(description = "the audit event of that link") Long eventId,
            @Schema(description = "what is wrong there") String reason) {
    }

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "auditEvents", summary = "Audit events, newest first (ADMIN)",
            description = "Who did what to which record of which patient, when, from which address and how it ended "
                    + "(ASTM E2147-18 fields), for a period and optionally a patient, a user and an action; a "
                    + "patient's events are their access history. The total is counted up to "
                    + AuditReport.COUNT_LIMIT + " (totalExact says whether there are more).")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(ref = "AuditPage")))
    @APIResponse(responseCode = "400", description = "A filter is not valid", content = @Content(schema = @Schema(ref = "Error")))
    public EventPage events(@Parameter(description = "a patient id") @QueryParam("patientId") String patientId,
            @Parameter(description = "a user name") @QueryParam("user") String user,
            @Parameter(description = "ISO-8601 instant or date, inclusive, e.g. 2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant or date, exclusive") @QueryParam("to") String to,
            @Parameter(description = "an action, e.g. VIEW") @QueryParam("action") String action,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + MAX_PAGE + " (default 50)") @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        Long patient = checks.id("patientId", patientId);
        Instant start = instant(checks, "from", from);
        Instant end = instant(checks, "to", to);
        AuditAction kind = checks.choice("action", action, AuditAction.class, false);
        int from0 = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 50, 1, MAX_PAGE);
        checks.orFail();
        AuditFilter filter = new AuditFilter(start, end, user, patient, kind);
        AuditReport.Page page = report.page(filter, from0, size);
        return new EventPage(page.total().count(), page.total().exact(), from0, size,
                page.events().stream().map(EventJson::of).toList());
    }

    @GET
    @Path("verification")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "verifyAuditTrail", summary = "Verify the audit trail's hash chain (ADMIN)",
            description = "Seals what is waiting, then recomputes every link; names the first one broken by an "
                    + "event changed or removed, or links cut off the end.")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(schema = @Schema(ref = "AuditVerification")))
    public VerificationJson verify() {
        AuditReport.Verification v = report.verify();
        return new VerificationJson(v.intact(), v.checked(), v.broken().map(AuditChain.Break::position).orElse(null),
                v.broken().map(AuditChain.Break::eventId).orElse(null),
                v.broken().map(AuditChain.Break::reason).orElse(null));
    }

    private static Instant instant(FieldChecks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant() : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            checks.addText(field, "\"" + value + "\" is not a day (2026-12-01) or an instant (2026-12-01T09:30:00Z).");
            return null;
        }
    }
}
