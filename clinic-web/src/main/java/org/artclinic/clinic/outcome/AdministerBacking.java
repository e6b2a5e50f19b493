package org.artclinic.clinic.outcome;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.patient.PatientSummary;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.web.BackTarget;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Backs {@code outcome/administer.xhtml?patient=N&instrument=NDI}: one administration of an
 * outcome instrument. Every item of the instrument is answered with one of its answers or left
 * unanswered; the score (or why there is none) is shown while answering and stored with the
 * answers on save, by {@link OutcomeService}, which scores it by the domain's published rule. The
 * change since earlier administrations is shown to practitioners only, as the service decides.
 */
@Named
@ViewScoped
public class AdministerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One item of the questionnaire with the answer given so far (null: not answered). */
    public static final class AnswerRow implements Serializable {

        private static final long serialVersionUID = 1L;

        // the item's words, not the domain's Item record, which is not serializable
        private final int number;
        private final String label;
        private final String question;
        private final List<Choice> choices;
        private Integer answer;
        /** Whether an answer (a number or "Not answered") was given; an item passed over is not. */
        private boolean given;

        AnswerRow(Item item, Instrument instrument) {
            this.number = item.number();
            this.label = item.label();
            this.question = item.question();
            List<Choice> offered = new ArrayList<>();
            for (int value = instrument.minAnswer(); value <= instrument.maxAnswer(); value++) {
                String words = item.hasAnswerWords() ? item.answers().get(value - instrument.minAnswer()) : null;
                offered.add(new Choice(value, words == null ? String.valueOf(value) : value + " – " + words));
            }
            this.choices = List.copyOf(offered);
        }

        /** The question to read out; null where the instrument has only item labels. */
        public String getQuestion() {
            return question;
        }

        /** The answers offered, each with its words where the instrument has them. */
        public List<Choice> getChoices() {
            return choices;
        }

        /** Whether the answers have words (then they are listed one under another). */
        public boolean isWorded() {
            return question != null;
        }

        public boolean isGiven() {
            return given;
        }

        public int getNumber() {
            return number;
        }

        public String getLabel() {
            return label;
        }

        /** How a message about this item names it, e.g. "Item 3 (Lifting)". */
        public String getMessageLabel() {
            return Messages.text("outcome.administer.itemLabel", String.valueOf(number), label);
        }

        public Integer getAnswer() {
            return answer;
        }

        /** Called when the item's radio was submitted: a number, or {@link #NOT_ANSWERED}. */
        public void setAnswer(Integer answer) {
            this.answer = answer;
            this.given = answer != null;
        }

        /** The answer to score: null when the patient left the item out (or it was not answered yet). */
        Integer scored() {
            return answer == null || answer == NOT_ANSWERED ? null : answer;
        }
    }

    /** The value of "Not answered": the patient left the item out (not the same as passed over). */
    public static final int NOT_ANSWERED = -1;

    /** One answer offered for an item: the number scored and what the patient hears. */
    public record Choice(int value, String label) implements Serializable {
    }

    /** What was stored, in words; set once the answers are saved. */
    public record Result(String score, String unscorableReason, String sincePrevious, String sinceFirst,
            boolean firstScored) implements Serializable {
    }

    @EJB
    private OutcomeService outcomes;

    @EJB
    private PatientService patients;

    @Inject
    @Param(name = "patient")
    private Long patientId;

    @Inject
    @Param(name = "instrument")
    private String instrumentName;

    /** Where the chart was opened from ({@link BackTarget}), handed back to it. */
    @Inject
    @Param(name = "from")
    private String from;

    /** {@link #getBackState()}, kept for the view's later requests. */
    private java.util.HashMap<String, String> backState;

    private Instrument instrument;
    private boolean found;
    private List<AnswerRow> rows = List.of();
    private Result result;
    /** Set by the first click on Save: only then are items passed over marked "unanswered". */
    private boolean saveAttempted;

    // read again in every request that needs it
    private transient PatientSummary summary;

    /** Checks the address (view action, first request only); a wrong one gets a message, not an error page. */
    public void load() {
        if (instrumentName == null || instrumentName.isBlank()) {
            Messages.error("outcome.administer.noInstrument");
            return;
        }
        try {
            instrument = Instrument.valueOf(instrumentName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Messages.error("outcome.administer.unknownInstrument", instrumentName.strip());
            return;
        }
        if (patientId == null) {
            Messages.error("outcome.administer.noPatient");
            return;
        }
        summary = Messages.read(() -> patients.summary(patientId), "outcome.administer.noPatient").orElse(null);
        if (summary == null) {
            return;
        }
        rows = instrument.items().stream().map(item -> new AnswerRow(item, instrument)).toList();
        found = true;
    }

    /** The score of the answers given so far, or why they cannot be scored yet. */
    public String getPreview() {
        if (!found) {
            return "";
        }
        try {
            Scoring scoring = instrument.score(answers());
            return scoring.isScored() ? OutcomeWords.score(instrument, scoring.score()) : scoring.unscorableReason();
        } catch (InvalidAnswers e) {
            return e.getMessage();
        }
    }

    public boolean isPreviewScored() {
        if (!found) {
            return false;
        }
        try {
            return instrument.score(answers()).isScored();
        } catch (InvalidAnswers e) {
            return false;
        }
    }

    /** Stores the answers; an answer that does not fit the instrument stores nothing and says why. */
    public void save() {
        if (!found || result != null) {
            return;
        }
        saveAttempted = true;
        List<String> passedOver = rows.stream().filter(row -> !row.isGiven())
                .map(row -> String.valueOf(row.getNumber())).toList();
        if (!passedOver.isEmpty()) {
            // a forgotten item is not the patient leaving it out: ask for one or the other
            Messages.refuseKey("outcome.administer.passedOver", passedOver.size(), String.join(", ", passedOver));
            return;
        }
        // an answer that does not fit (InvalidAnswers) is refused like any rule: nothing was stored
        Messages.changeReporting(() -> outcomes.record(patientId, instrument, answers(), null), this::confirmation)
                .ifPresent(this::show);
    }

    /**
     * The confirmation of the stored answers: with the score, or saying they could not be scored; to
     * the front desk, which may not read outcome content (minimum necessary), only that they are stored.
     */
    private String confirmation(OutcomeEntry entry) {
        OutcomeMeasure measure = entry.measure();
        if (!practitioner()) {
            return Messages.text("outcome.administer.savedForPractitioner", instrument.title());
        }
        if (!measure.isScored()) {
            return Messages.text("outcome.administer.savedUnscored", instrument.title());
        }
        return Messages.text("outcome.administer.saved", instrument.title(),
                OutcomeWords.score(instrument, measure.getScore()));
    }

    /** Whether the user may read what the answers come to (the live score and the result). */
    public boolean isPractitioner() {
        return practitioner();
    }

    private static boolean practitioner() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PRACTITIONER);
    }

    /** What the stored answers come to, for the practitioner: the score and the change since before. */
    private void show(OutcomeEntry entry) {
        OutcomeMeasure measure = entry.measure();
        boolean practitioner = practitioner();
        if (!practitioner) {
            result = new Result(null, null, null, null, false); // stored, and nothing of what it says
            return;
        }
        String score = measure.isScored() ? OutcomeWords.score(instrument, measure.getScore()) : null;
        // the second administration's previous one is also the first: say it once
        Change sinceFirst = java.util.Objects.equals(entry.sinceBaseline(), entry.sincePrevious()) ? null
                : entry.sinceBaseline();
        result = new Result(score, measure.getUnscorableReason(),
                practitioner ? OutcomeWords.change(entry.sincePrevious()) : null,
                practitioner ? OutcomeWords.change(sinceFirst) : null,
                practitioner && measure.isScored() && entry.sincePrevious() == null);
    }

    private List<Integer> answers() {
        List<Integer> answers = new ArrayList<>(rows.size());
        rows.forEach(row -> answers.add(row.scored()));
        return answers;
    }

    public PatientSummary getSummary() {
        if (summary == null && found) {
            summary = patients.summary(patientId);
        }
        return summary;
    }

    public boolean isFound() {
        return found;
    }

    /** Whether items passed over are marked: after a click on Save, never before. */
    public boolean isSaveAttempted() {
        return saveAttempted;
    }

    /** Whether the score so far is worth showing: once something was answered, or after a save attempt. */
    public boolean isPreviewShown() {
        return saveAttempted || rows.stream().anyMatch(AnswerRow::isGiven);
    }

    public boolean isSaved() {
        return result != null;
    }

    public Result getResult() {
        return result;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public List<AnswerRow> getRows() {
        return rows;
    }

    public Long getPatientId() {
        return patientId;
    }

    /** The chart's {@code from}, checked against the app's pages; null for the patient list. */
    public String getFrom() {
        BackTarget back = BackTarget.of(from);
        return back == BackTarget.PATIENTS ? null : back.key();
    }

    /** What the page the chart came from showed ({@link BackTarget#state}), handed back to the chart. */
    public Map<String, String> getBackState() {
        if (backState == null) {
            backState = new java.util.HashMap<>(BackTarget.of(from).state(Faces::getRequestParameter));
        }
        return backState;
    }
}
