package org.artclinic.clinic.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The history and objective findings of an intake as entered (the intake form, the REST API);
 * {@link IntakeAssessment} checks and keeps them. The screening answers travel separately
 * ({@link ScreeningAnswers}) because they decide whether treatment may start.
 *
 * @param durationWeeks how long the symptoms have lasted, in weeks; null when the onset date says it
 */
public record IntakeDetails(
        String chiefComplaint,
        List<ComplaintRegion> regions,
        OnsetType onsetType,
        LocalDate onsetDate,
        Integer durationWeeks,
        String aggravatingActivities,
        String easingActivities,
        String trainingLoad,
        String workSetup,
        String priorInjuriesAndSurgeries,
        String medications,
        String goals,
        String postureObservations,
        List<RangeOfMotion> rangeOfMotion,
        List<NeuroFinding> neuroScreen,
        List<PalpationFinding> palpation,
        PainScores pain) {

    public IntakeDetails {
        regions = regions == null ? List.of() : List.copyOf(regions);
        rangeOfMotion = rangeOfMotion == null ? List.of() : List.copyOf(rangeOfMotion);
        neuroScreen = neuroScreen == null ? List.of() : List.copyOf(neuroScreen);
        palpation = palpation == null ? List.of() : List.copyOf(palpation);
        pain = pain == null ? PainScores.notAsked() : pain;
    }

    /** The least an intake needs: the complaint and where it is. */
    public static IntakeDetails of(String chiefComplaint, List<ComplaintRegion> regions) {
        return new IntakeDetails(chiefComplaint, regions, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
