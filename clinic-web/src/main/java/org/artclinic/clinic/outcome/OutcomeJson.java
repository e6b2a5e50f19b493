package org.artclinic.clinic.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the outcome-measure API (records, never entities). */
final class OutcomeJson {

    private OutcomeJson() {
    }

    @Schema(name = "NewOutcomeMeasure", description = "One administration of an instrument.")
    public record NewOutcomeMeasure(
            @Schema(required = true, enumeration = {"NPRS", "NDI", "ODI", "QUICKDASH", "LEFS"}, example = "NDI")
            String instrument,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = BigDecimal.class,
                    description = "one answer per item in the instrument's order, null for an unanswered item; whole "
                    + "numbers in the item's range (see GET /api/outcome-instruments), e.g. [3, 2, 1, 0, 4, 2, 1, 3, "
                    + "null, 4]")
            List<BigDecimal> answers,
            @Schema(format = "date-time", example = "2026-03-02T09:30:00-05:00",
                    description = "when the patient answered (ISO-8601 with offset); now when left out")
            String administeredAt) {
    }

    @Schema(name = "OutcomeChange", description = "A change of score flagged against the instrument's minimal "
            + "clinically important difference (MCID); a change counts when it is at least the MCID.",
            requiredProperties = {"from", "to", "difference", "flag", "message"})
    public record ChangeJson(BigDecimal from, BigDecimal to,
            @Schema(description = "to minus from") BigDecimal difference,
            ChangeFlag flag,
            BigDecimal mcid,
            @Schema(description = "the change in plain words") String message) {

        static ChangeJson of(Change change) {
            return change == null ? null : new ChangeJson(change.from(), change.to(), change.difference(),
                    change.flag(), change.instrument().mcid(), change.describe());
        }
    }

    @JsonbNillable
    @Schema(name = "OutcomeMeasure", description = "sincePrevious: the change since the previous scored "
            + "administration of the instrument; sinceBaseline: since the first (baseline); null when there is none.",
            requiredProperties = {"id", "patientId", "instrument", "instrumentTitle", "administeredAt",
                    "administeredBy", "answers", "score", "scoreMin", "scoreMax", "higherIsBetter", "message",
                    "sincePrevious", "sinceBaseline"})
    public record MeasureJson(@Schema(format = "int64") long id, @Schema(format = "int64") long patientId,
            Instrument instrument, String instrumentTitle, OffsetDateTime administeredAt, String administeredBy,
            @Schema(type = SchemaType.ARRAY, implementation = Integer.class,
                    description = "as recorded, null for an unanswered item") List<Integer> answers,
            @Schema(description = "on the instrument's usual scale (NPRS 0-10, NDI and ODI percent, QuickDASH 0-100, "
                    + "LEFS 0-80); null when the answers cannot be scored", nullable = true) BigDecimal score,
            int scoreMin, int scoreMax,
            @Schema(description = "true for LEFS, false for the pain and disability scores") boolean higherIsBetter,
            @Schema(description = "why there is no score; null when scored", nullable = true) String message,
            // no @Schema on fields of a record type: Payara then copies the schema instead of referring to it
            ChangeJson sincePrevious,
            ChangeJson sinceBaseline) {

        static MeasureJson of(OutcomeEntry entry) {
            OutcomeMeasure m = entry.measure();
            Instrument instrument = m.getInstrument();
            return new MeasureJson(m.getId(), m.getPatient().getId(), instrument, instrument.title(),
                    utc(m.getAdministeredAt()), m.getAdministeredBy(), m.answers(), m.getScore(),
                    instrument.minScore(), instrument.maxScore(), instrument.direction() == Direction.HIGHER_IS_BETTER,
                    m.getUnscorableReason(), ChangeJson.of(entry.sincePrevious()), ChangeJson.of(entry.sinceBaseline()));
        }

        /** What the front desk reads back of a measure it recorded: that it is stored, not what it says. */
        MeasureJson withoutContent() {
            return new MeasureJson(id, patientId, instrument, instrumentTitle, administeredAt, administeredBy, null,
                    null, scoreMin, scoreMax, higherIsBetter, null, null, null);
        }

        private static OffsetDateTime utc(Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
    }

    @Schema(name = "OutcomeMeasurePage", requiredProperties = {"total", "first", "max", "items"})
    public record MeasurePage(@Schema(format = "int64") long total, int first, int max, List<MeasureJson> items) {
    }

    @Schema(name = "OutcomeInstrument", description = "What a form needs to show an instrument; item labels are "
            + "short summaries, not the questionnaire's wording.",
            requiredProperties = {"name", "title", "minAnswer", "maxAnswer", "items", "maxUnanswered", "scoreMin",
                    "scoreMax", "higherIsBetter"})
    public record InstrumentJson(Instrument name, String title, int minAnswer, int maxAnswer, String lowAnchor,
            String highAnchor, List<Item> items,
            @Schema(description = "how many items may be unanswered with the questionnaire still scored")
            int maxUnanswered, int scoreMin, int scoreMax, boolean higherIsBetter, BigDecimal mcid, String unit) {

        static InstrumentJson of(Instrument i) {
            return new InstrumentJson(i, i.title(), i.minAnswer(), i.maxAnswer(), i.lowAnchor(), i.highAnchor(),
                    i.items(), i.maxUnanswered(), i.minScore(), i.maxScore(),
                    i.direction() == Direction.HIGHER_IS_BETTER, i.mcid(), i.unit());
        }
    }
}
