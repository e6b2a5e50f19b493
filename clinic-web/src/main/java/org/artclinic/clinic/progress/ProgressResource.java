package org.artclinic.clinic.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.outcome.Change;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A patient's progress over a period (role PRACTITIONER; decision 0033): each movement's range of
 * motion with left and right side by side and their difference, pain, and outcome scores with their
 * clinically important changes. A bad date answers 400; an unknown patient 404.
 */
@Path("patients/{patientId}/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Progress")
public class ProgressResource {

    @EJB
    private ProgressService progress;

    @Schema(name = "ProgressPainPoint", requiredProperties = {"at", "source", "value"})
    public record PainJson(OffsetDateTime at,
            @Schema(enumeration = {"INTAKE", "VISIT", "BEFORE_ART", "AFTER_ART"}) String source,
            @Schema(description = "0-10") int value) {
    }

    @JsonbNillable
    @Schema(name = "ProgressRomRow", requiredProperties = {"at", "source", "left", "right", "midline", "difference",
            "lowerSide"})
    public record RomRowJson(OffsetDateTime at,
            @Schema(enumeration = {"INTAKE", "VISIT", "BEFORE_ART", "AFTER_ART"}) String source,
            @Schema(nullable = true, description = "degrees") Integer left,
            @Schema(nullable = true, description = "degrees") Integer right,
            @Schema(nullable = true, description = "degrees, for a movement without sides") Integer midline,
            @Schema(nullable = true, description = "degrees between left and right, when both were measured")
            Integer difference,
            @Schema(nullable = true, enumeration = {"LEFT", "RIGHT"}, description = "the side with less range")
            String lowerSide) {
    }

    @Schema(name = "ProgressRomSeries", requiredProperties = {"movement", "label", "sided", "normalDegrees", "rows"})
    public record RomSeriesJson(@Schema(example = "SHOULDER_ABDUCTION") String movement, String label, boolean sided,
            int normalDegrees, List<RomRowJson> rows) {
    }

    @JsonbNillable
    @Schema(name = "ProgressOutcomeScore", requiredProperties = {"at", "score", "changeSinceFirst", "flag",
            "description"})
    public record ScoreJson(OffsetDateTime at, BigDecimal score,
            @Schema(nullable = true, description = "this score minus the period's first") BigDecimal changeSinceFirst,
            @Schema(nullable = true, enumeration = {"IMPROVED", "WORSENED", "NO_IMPORTANT_CHANGE"},
                    description = "judged against the instrument's minimal clinically important difference")
            String flag,
            @Schema(nullable = true) String description) {
    }

    @Schema(name = "ProgressOutcomeSeries", requiredProperties = {"instrument", "title", "scores"})
    public record OutcomeJson(@Schema(example = "NDI") String instrument, String title,
            List<ScoreJson> scores) {
    }

    @JsonbNillable
    @Schema(name = "Progress", requiredProperties = {"patientId", "from", "to", "pain", "rangeOfMotion", "outcomes"})
    public record ProgressJson(@Schema(format = "int64") long patientId,
            @Schema(nullable = true, description = "the first day of the period, as asked") LocalDate from,
            @Schema(nullable = true, description = "the last day of the period, as asked") LocalDate to,
            List<PainJson> pain,
            List<RomSeriesJson> rangeOfMotion,
            List<OutcomeJson> outcomes) {

        static ProgressJson of(long patientId, LocalDate from, LocalDate to, Progress progress) {
            return new ProgressJson(patientId, from, to,
                    progress.pain().stream().map(p -> new PainJson(utc(p.at()), p.source().name(), p.value())).toList(),
                    progress.rom().stream().map(s -> new RomSeriesJson(s.movement().name(), s.movement().label(),
                            s.movement().sided(), s.normalDegrees(), s.rows().stream().map(r -> new RomRowJson(
                                    utc(r.at()), r.source().name(), r.left(), r.right(), r.midline(), r.difference(),
                                    r.lowerSide() == null ? null : r.lowerSide().name())).toList())).toList(),
                    progress.outcomes().stream().map(o -> new OutcomeJson(o.instrument().name(), o.instrument().title(),
                            o.scores().stream().map(ProgressJson::score).toList())).toList());
        }

        private static ScoreJson score(OutcomeSeries.Score score) {
            Change change = score.sinceFirst();
            return new ScoreJson(utc(score.at()), score.score(), change == null ? null : change.difference(),
                    change == null ? null : change.flag().name(), change == null ? null : change.describe());
        }
    }

    @GET
    @RolesAllowed(Role.Names.PRACTITIONER)
    @Operation(operationId = "getProgress", summary = "A patient's progress over visits",
            description = "Range of motion per movement with left and right side by side and their difference "
                    + "(the intake's baseline, each visit's re-test, the ART entries' before and after), pain over "
                    + "time, and each outcome instrument's scores compared with the period's first. Without from "
                    + "and to, the whole history up to today; with from (a treatment plan's start, say) the intake "
                    + "before it stays as the baseline. Each source is bounded (the latest 120 visits of the period).")
    @APIResponse(responseCode = "200", description = "The series, earliest first",
            content = @Content(schema = @Schema(ref = "Progress")))
    @APIResponse(responseCode = "400", description = "A date is not yyyy-mm-dd, or the period ends before it starts",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such patient", content = @Content(schema = @Schema(ref = "Error")))
    public ProgressJson find(@PathParam("patientId") String patientId,
            @Parameter(description = "first day of the period, yyyy-mm-dd (the clinic's days)") @QueryParam("from")
            String from,
            @Parameter(description = "last day of the period, yyyy-mm-dd (default today)") @QueryParam("to") String to) {
        long patient = FieldChecks.pathId(patientId);
        FieldChecks checks = new FieldChecks();
        LocalDate first = checks.date("from", from, false);
        LocalDate last = checks.date("to", to, false);
        checks.orFail();
        return ProgressJson.of(patient, first, last, progress.of(patient, first, last));
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
