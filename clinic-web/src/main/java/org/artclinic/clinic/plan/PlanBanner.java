package org.artclinic.clinic.plan;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;

/**
 * The active plan of a patient in one line, for the Charting tab and the visit note's header:
 * "2 a week for 3 weeks · Visit 3 of 6 · Re-evaluation after visit 6", with the re-evaluation
 * banner when it is due. One query per patient and request.
 */
@Named
@RequestScoped
public class PlanBanner implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** The line of an active plan. */
    public record Line(long planId, String practitioner, String course, String visits, String reEvaluation,
            int percentUsed, boolean due, boolean overdue, boolean complete, int planned, String startsOn)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The banner's words when the re-evaluation is due or the visits are used; null otherwise. */
        public String getAlert() {
            return overdue ? Messages.text("plan.reEvalOverdue")
                    : due ? Messages.text("plan.reEvalDue")
                    : complete ? Messages.text("plan.complete", planned) : null;
        }
    }

    @EJB
    private TreatmentPlanService plans;

    private final Map<Long, Optional<Line>> lines = new HashMap<>();

    /** The patient's active plan as a line, or null when they have none. */
    public Line of(Long patientId) {
        if (patientId == null) {
            return null;
        }
        return lines.computeIfAbsent(patientId, id -> plans.activeView(id).map(PlanBanner::line)).orElse(null);
    }

    /** What the front desk needs to book the patient's active plan, or null when they have none. */
    public TreatmentPlanService.PlanBooking booking(Long patientId) {
        return patientId == null ? null : plans.bookingOf(patientId).orElse(null);
    }

    /** The booking line of the patient page: "Treatment plan with Dr. Raman: 2 a week, 4 visits left." */
    public String bookingLine(TreatmentPlanService.PlanBooking booking) {
        return booking.remaining() == 0 ? Messages.text("plan.bookNoneLeft", booking.practitionerName())
                : Messages.text("plan.bookLine", booking.practitionerName(), booking.visitsPerWeek(), booking.remaining());
    }

    static Line line(TreatmentPlanService.PlanView view) {
        TreatmentPlan plan = view.plan();
        PlanProgress progress = view.progress();
        String reEvaluation = plan.getReEvaluateAfterVisits() != null
                ? Messages.text("plan.reEvalAfter", plan.getReEvaluateAfterVisits())
                : Messages.text("plan.reEvalOn", DAY.format(plan.getReEvaluateOn()));
        return new Line(plan.getId(), plan.getPractitioner().getDisplayName(), course(plan),
                Messages.text("plan.visitsUsed", progress.used(), progress.planned()), reEvaluation,
                progress.percentUsed(), progress.reEvaluationDue(), progress.reEvaluationOverdue(), progress.complete(),
                progress.planned(), plan.getStartsOn().toString());
    }

    /** "2 a week for 3 weeks". */
    static String course(TreatmentPlan plan) {
        return Messages.text("plan.summary", plan.getVisitsPerWeek(), plan.getWeeks());
    }
}
