package org.artclinic.clinic.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the intake API, shared by its resources. */
public final class IntakeJson {

    private IntakeJson() {
    }

    @Schema(name = "RedFlags", description = "The red-flag and precaution screening. Every answer is required, true "
            + "or false: a missing answer is refused with 400, never read as false.")
    public record RedFlags(
            @Schema(required = true, description = "fall, collision or suspected fracture") Boolean recentTrauma,
            @Schema(required = true) Boolean unexplainedWeightLossFeverNightPain,
            @Schema(required = true, description = "progressive weakness, numbness, or bowel/bladder changes")
            Boolean progressiveNeurologicalDeficit,
            @Schema(required = true, description = "a precaution: reduce pressure, watch for bruising")
            Boolean bleedingDisorderOrAnticoagulants,
            @Schema(required = true, description = "a precaution: modified positioning") Boolean pregnancy) {
    }

    @Schema(name = "LocalContraindication")
    public record Local(
            @Schema(required = true, enumeration = {"HEAD", "NECK", "UPPER_BACK", "LOW_BACK", "SHOULDER", "ELBOW",
                    "WRIST_HAND", "HIP", "KNEE", "ANKLE_FOOT"}) String region,
            @Schema(required = true, enumeration = {"ACTIVE_INFECTION", "OPEN_WOUND", "UNHEALED_SURGICAL_SITE"})
            String reason) {
    }

    @Schema(name = "ComplaintRegion")
    public record Region(@Schema(required = true, example = "NECK") String region,
            @Schema(enumeration = {"LEFT", "RIGHT", "BOTH", "MIDLINE"}, description = "default MIDLINE") String side) {
    }

    @Schema(name = "RangeOfMotion", description = "A measurement; the normal reference comes from the movement.")
    public record Rom(@Schema(required = true, example = "CERVICAL_ROTATION") String movement,
            @Schema(enumeration = {"LEFT", "RIGHT"}, description = "required for movements measured per side")
            String side,
            @Schema(required = true, example = "50") Integer degrees) {
    }

    @Schema(name = "NeuroFinding")
    public record Neuro(
            @Schema(required = true, enumeration = {"C5", "C6", "C7", "C8", "T1", "L2", "L3", "L4", "L5", "S1"})
            String level,
            @Schema(required = true, enumeration = {"LEFT", "RIGHT"}) String side,
            @Schema(enumeration = {"NORMAL", "ABNORMAL", "NOT_TESTED"}) String strength,
            @Schema(enumeration = {"NORMAL", "ABNORMAL", "NOT_TESTED"}) String sensation,
            @Schema(enumeration = {"NORMAL", "ABNORMAL", "NOT_TESTED"}) String reflex) {
    }

    @Schema(name = "PalpationFinding")
    public record Palpation(@Schema(required = true, example = "Upper trapezius") String structure,
            @Schema(required = true, example = "NECK") String region, String side, Boolean tightRopeyBand,
            Boolean thickenedGrittyTissue, Boolean tenderReproducesSymptom, String note) {
    }

    @Schema(name = "PainScores", description = "0-10; best and worst in the last week.")
    public record Pain(Integer now, Integer best, Integer worst) {
    }

    @Schema(name = "NewIntake", description = "An intake assessment with its red-flag screening. onsetType is one "
            + "of ACUTE_INJURY, REPETITIVE_MICROTRAUMA, INSIDIOUS; onsetDate is YYYY-MM-DD. localContraindications: "
            + "infection, open wound or unhealed surgical site near a region; [] when there are none (required: a "
            + "missing list is refused, never read as none).",
            requiredProperties = {"regions", "redFlags", "localContraindications"})
    public record NewIntake(
            @Schema(format = "int64", description = "id of the intake this one re-assesses (same episode of care)")
            Long reassessmentOf,
            @Schema(required = true, example = "Right-sided neck pain after long days at the laptop")
            String chiefComplaint,
            // no @Schema on lists or records: Payara then loses the item type or copies the schema; required is
            // on the record
            List<Region> regions,
            // no @Schema on onset*: Payara's OpenAPI reads any annotated method whose name contains "set" as a setter
            String onsetType,
            String onsetDate,
            Integer durationWeeks,
            String aggravatingActivities,
            String easingActivities,
            String trainingLoad,
            String workSetup,
            String priorInjuriesAndSurgeries,
            String medications,
            @Schema(description = "in the patient's words") String goals,
            String postureObservations,
            List<Rom> rangeOfMotion,
            List<Neuro> neuroScreen,
            List<Palpation> palpation,
            Pain pain,
            RedFlags redFlags,
            List<Local> localContraindications) {
    }

    @Schema(name = "Precaution", description = "Shown as a banner on every session of the patient.",
            requiredProperties = {"code", "text"})
    public record PrecautionJson(@Schema(example = "BLEEDING_RISK") String code,
            @Schema(description = "the words shown to the practitioner") String text) {

        static List<PrecautionJson> of(List<DecisionLine> lines) {
            return lines.stream().map(l -> new PrecautionJson(l.getCode(), l.getPractitionerText())).toList();
        }
    }

    @Schema(name = "BlockedRegion", requiredProperties = {"region", "reason"})
    public record BlockedRegionJson(BodyRegion region, @Schema(description = "why, in the patient's words")
            String reason) {

        static List<BlockedRegionJson> of(Map<BodyRegion, String> blocked) {
            return blocked.entrySet().stream().map(e -> new BlockedRegionJson(e.getKey(), e.getValue())).toList();
        }
    }

    @Schema(name = "Intake", description = "A recorded intake and the screening decision it made. selfCheck: the "
            + "patient's latest self-check, with its guidance; null if none. eligibility: whether the patient may be "
            + "treated now, right after this intake was recorded, as GET /api/patients/{id}/treatment-eligibility "
            + "answers; only in the answer to POST, null when intakes are listed or read.",
            requiredProperties = {"id", "patientId", "assessedAt", "assessedBy", "treatmentAllowed", "blockedRegions",
                    "blockedRegionReasons", "precautions", "referralReasons", "explanation"})
    public record IntakeCreated(@Schema(format = "int64") long id, @Schema(format = "int64") long patientId,
            @Schema(format = "int64") Long reassessmentOf, Instant assessedAt, String assessedBy,
            @Schema(description = "this intake's screening verdict: false while one of its red flags asks for a "
                    + "medical evaluation first. Whether the patient may be treated now (an earlier referral still "
                    + "waiting for its clearance, consent) is in eligibility") boolean treatmentAllowed,
            List<BodyRegion> blockedRegions,
            List<BlockedRegionJson> blockedRegionReasons,
            List<PrecautionJson> precautions,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "why to see a doctor first, in words a patient can read")
            List<String> referralReasons,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "the whole decision in words a patient can read") List<String> explanation,
            // no @Schema on fields of a record type: Payara then copies the schema instead of referring to it
            SelfCheckJson selfCheck,
            EligibilityJson eligibility) {

        static IntakeCreated of(IntakeAssessment intake) {
            return of(intake, null);
        }

        static IntakeCreated of(IntakeAssessment intake, EligibilityJson eligibility) {
            ScreeningDecision d = intake.decision();
            return new IntakeCreated(intake.getId(), intake.getPatient().getId(),
                    intake.getReassessmentOf() == null ? null : intake.getReassessmentOf().getId(),
                    intake.getAssessedAt(), intake.getAssessedBy(), d.treatmentAllowed(),
                    List.copyOf(d.blockedRegionSet()), BlockedRegionJson.of(d.blockedRegions()),
                    PrecautionJson.of(d.precautions()), d.referralReasons(), d.explanation(),
                    intake.getSelfCheck() == null ? null : SelfCheckJson.of(intake.getSelfCheck()), eligibility);
        }
    }

    @Schema(name = "SelfCheck", description = "The suitability self-check; never a diagnosis.",
            requiredProperties = {"answers", "applying"})
    public record SelfCheckJson(Map<SelfCheckStatement, Boolean> answers, int applying, String guidance) {

        static SelfCheckJson of(SuitabilitySelfCheck check) {
            return new SelfCheckJson(check.answers(), check.getApplyingCount(), check.getGuidance());
        }
    }

    @Schema(name = "NewClearance", description = "A practitioner clears a referral after the patient was evaluated.")
    public record NewClearance(
            @Schema(format = "int64", description = "the intake whose referral is cleared; default the latest")
            Long intakeId,
            @Schema(required = true, enumeration = {"PHYSICIAN_LETTER", "SPECIALIST_REPORT", "IMAGING_REPORT",
                    "EMERGENCY_OR_URGENT_CARE_RECORD", "OTHER"}) String evidenceKind,
            @Schema(required = true, example = "Letter from Dr. Lee: X-ray shows no fracture; soft-tissue work is fine")
            String evidence,
            @Schema(format = "date", description = "the date of the letter or report") String evidenceDate) {
    }

    @Schema(name = "Clearance",
            requiredProperties = {"id", "patientId", "intakeId", "clearedBy", "clearedAt", "evidenceKind", "evidence"})
    public record ClearanceJson(@Schema(format = "int64") long id, @Schema(format = "int64") long patientId,
            @Schema(format = "int64") long intakeId, String clearedBy, String clearedByName,
            Instant clearedAt, ClearanceEvidence evidenceKind, String evidence, LocalDate evidenceDate) {

        static ClearanceJson of(TreatmentClearance c) {
            return new ClearanceJson(c.getId(), c.getPatient().getId(), c.getIntake().getId(), c.getClearedBy(),
                    c.getClearedByName(), c.getClearedAt(), c.getEvidenceKind(), c.getEvidence(), c.getEvidenceDate());
        }
    }

    @Schema(name = "TreatmentEligibility", description = "Whether the patient may be treated now, where, and why not. "
            + "A practitioner reads it in full (view FULL). The front desk reads the paperwork view (view PAPERWORK): "
            + "whether treatment is on hold and which paperwork is missing, with the clinical lists empty, the "
            + "clearance and the intake id null and no answer about a region (minimum necessary).",
            requiredProperties = {"patientId", "view", "treatmentAllowed", "intakeRecorded", "referralPending",
                    "referralReasons", "blockedRegions", "blockedRegionReasons", "precautions", "consent",
                    "missingConsent", "missingPaperwork", "blockers"})
    public record EligibilityJson(@Schema(format = "int64") long patientId,
            @Schema(enumeration = {"FULL", "PAPERWORK"}, description = "FULL for practitioners, PAPERWORK for the "
                    + "front desk") String view,
            @Schema(description = "an intake is recorded, no referral waits for a clearance, and consent is current")
            boolean treatmentAllowed,
            boolean intakeRecorded,
            @Schema(format = "int64") Long intakeId,
            boolean referralPending,
            List<String> referralReasons,
            ClearanceJson clearance,
            List<BodyRegion> blockedRegions,
            List<BlockedRegionJson> blockedRegionReasons,
            List<PrecautionJson> precautions,
            TreatmentGate.ConsentState consent,
            boolean missingConsent,
            @Schema(type = SchemaType.ARRAY, implementation = TreatmentHold.Paperwork.class,
                    description = "the paperwork that holds treatment: INTAKE (book an intake assessment), "
                    + "CLEARANCE_LETTER (the physician's letter a referral waits for), CONSENT, CONSENT_RENEWAL")
            List<TreatmentHold.Paperwork> missingPaperwork,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "what stops every treatment now, in words staff can act on") List<String> blockers,
            @Schema(description = "the region asked about with ?region=, if any") BodyRegion region,
            @Schema(description = "whether that region may be treated now; null without ?region=") Boolean regionAllowed,
            @Schema(description = "why that region may not be treated; null when it may") String regionRefusal) {

        static EligibilityJson of(TreatmentEligibility e, BodyRegion region) {
            return new EligibilityJson(e.patientId(), "FULL", e.treatmentAllowed(), e.intakeRecorded(), e.intakeId(),
                    e.referralPending(), e.referralReasons(),
                    e.clearance() == null ? null : ClearanceJson.of(e.clearance()),
                    List.copyOf(e.blockedRegions().keySet()), BlockedRegionJson.of(e.blockedRegions()),
                    PrecautionJson.of(e.precautions()), e.consent(), e.consentMissing(),
                    TreatmentHold.of(e.patientId(), e.gate(), e.consentVersion()).missing(), e.blockers(), region,
                    region == null ? null : e.allows(region),
                    region == null ? null : e.gate().refusal(region).orElse(null));
        }

        /** The front desk's view: on hold or not and the paperwork, nothing clinical. */
        static EligibilityJson of(TreatmentHold hold) {
            return new EligibilityJson(hold.patientId(), "PAPERWORK", !hold.onHold(), !hold.intakeMissing(), null,
                    hold.clearanceLetterMissing(), List.of(), null, List.of(), List.of(), List.of(), hold.consent(),
                    hold.consent() != TreatmentGate.ConsentState.CURRENT, hold.missing(), hold.words(), null, null,
                    null);
        }
    }

    @Schema(name = "NewConsent", description = "The patient signed the informed consent for manual therapy.")
    public record NewConsent(
            @Schema(description = "the version of the consent text signed; default the current one") Integer version,
            @Schema(required = true, format = "date") String signedOn,
            @Schema(required = true, description = "the staff member who saw the patient sign") String witnessedBy) {
    }

    @Schema(name = "Consent",
            requiredProperties = {"id", "patientId", "version", "signedOn", "witnessedBy", "recordedBy", "recordedAt"})
    public record ConsentJson(@Schema(format = "int64") long id, @Schema(format = "int64") long patientId,
            int version, LocalDate signedOn, String witnessedBy,
            String recordedBy, Instant recordedAt, Instant withdrawnAt) {

        static ConsentJson of(PatientConsent c) {
            return new ConsentJson(c.getId(), c.getPatient().getId(), c.getText().getNumber(), c.getSignedOn(),
                    c.getWitnessedBy(), c.getRecordedBy(), c.getRecordedAt(), c.getWithdrawnAt());
        }
    }

    @Schema(name = "ConsentText", description = "A version of the informed-consent text.",
            requiredProperties = {"version", "text", "requiresNewSignature", "publishedBy", "publishedAt"})
    public record ConsentTextJson(int version, String text, boolean requiresNewSignature, String publishedBy,
            Instant publishedAt) {

        static ConsentTextJson of(ConsentText t) {
            return new ConsentTextJson(t.getNumber(), t.getBody(), t.isRequiresNewSignature(), t.getPublishedBy(),
                    t.getPublishedAt());
        }
    }

    @Schema(name = "NewConsentText", description = "An edit of the consent text, published as the next version.")
    public record NewConsentText(
            @Schema(required = true, description = "the version edited (0 when there is none yet)") Integer editedVersion,
            @Schema(required = true) String text,
            @Schema(description = "patients who signed earlier versions must sign again (default false)")
            Boolean requiresNewSignature) {
    }
}
