package org.artclinic.clinic.plan;

import java.time.LocalDate;

/**
 * How far a plan has come on a day: visits used (the visits with a note on or after the plan's
 * start, up to its end for a finished plan) against those planned, and whether the re-evaluation
 * is due (the visit count reached, or the date come) or overdue (a visit past the count, or a day
 * past the date). A clinic re-examines at the agreed point before continuing care, so the banner
 * shows from the visit that reaches the count.
 *
 * @param used visits charted under the plan so far
 * @param planned visits planned
 * @param reEvaluationDue the re-evaluation should happen now (at this visit or today)
 * @param reEvaluationOverdue it should have happened already
 */
public record PlanProgress(int used, int planned, boolean reEvaluationDue, boolean reEvaluationOverdue)
        implements java.io.Serializable {

    /** The progress of a plan's terms with this many visits used, on a day. */
    public static PlanProgress of(PlanTerms terms, int used, LocalDate today) {
        Integer after = terms.reEvaluateAfterVisits();
        LocalDate on = terms.reEvaluateOn();
        boolean dueByCount = after != null && used >= after;
        boolean dueByDate = on != null && !today.isBefore(on);
        boolean overdue = (after != null && used > after) || (on != null && today.isAfter(on));
        return new PlanProgress(used, terms.plannedVisits(), dueByCount || dueByDate, overdue);
    }

    public int remaining() {
        return Math.max(0, planned - used);
    }

    /** All planned visits are used. */
    public boolean complete() {
        return used >= planned;
    }

    /** Whole percent of the planned visits used, at most 100 (for a progress bar). */
    public int percentUsed() {
        return planned == 0 ? 0 : Math.min(100, used * 100 / planned);
    }
}
