package org.artclinic.clinic.intake;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.faces.context.FacesContext;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.web.Messages;

/**
 * The intake form's fields as typed, rows that grow (regions, local contraindications, range of
 * motion, neurological screen, palpation) included. {@link #details()}, {@link #screening()} and
 * {@link #selfCheckAnswers()} hand them to the domain, which checks them and answers with a message
 * for the user when something is wrong. A row left completely empty is skipped.
 */
public class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    // screening: each answer starts open (null); the form asks yes or no and never reads an open one as no
    private Boolean recentTrauma;
    private Boolean weightLossFeverNightPain;
    private Boolean progressiveNeurologicalDeficit;
    private Boolean bleedingRisk;
    private Boolean pregnancy;
    private Boolean localContraindicationsPresent;
    private final List<LocalRow> locals = new ArrayList<>();

    // history
    private String chiefComplaint;
    private final List<RegionRow> regions = new ArrayList<>(List.of(new RegionRow()));
    private OnsetType onsetType;
    private LocalDate onsetDate;
    private Integer durationWeeks;
    private String aggravating;
    private String easing;
    private String trainingLoad;
    private String workSetup;
    private String priorInjuries;
    private String medications;
    private String goals;
    private Integer painNow;
    private Integer painBest;
    private Integer painWorst;

    // objective
    private String posture;
    private final List<RomRow> rangeOfMotion = new ArrayList<>();
    private final List<NeuroRow> neuroScreen = new ArrayList<>();
    private final List<PalpationRow> palpation = new ArrayList<>();

    // the self-check: one answer per statement, in order
    private final List<SelfCheckRow> selfCheck = new ArrayList<>();

    public IntakeForm() {
        for (SelfCheckStatement statement : SelfCheckStatement.values()) {
            selfCheck.add(new SelfCheckRow(statement));
        }
    }

    /** Starts the self-check from the patient's latest answers. */
    void prefillSelfCheck(Map<SelfCheckStatement, Boolean> answers) {
        for (SelfCheckRow row : selfCheck) {
            Boolean answer = answers.get(row.statement);
            row.answer = answer == null ? null : answer.toString();
        }
    }

    /**
     * Starts a re-assessment from the history of the intake it re-assesses. Pain, measurements and
     * the screening are left empty: they are taken again, and every screening question asked again.
     */
    void prefillHistory(IntakeAssessment earlier) {
        chiefComplaint = earlier.getChiefComplaint();
        regions.clear();
        for (ComplaintRegion region : earlier.getRegions()) {
            RegionRow row = new RegionRow();
            row.region = region.getRegion();
            row.side = region.getSide();
            regions.add(row);
        }
        onsetType = earlier.getOnsetType();
        onsetDate = earlier.getOnsetDate();
        aggravating = earlier.getAggravatingActivities();
        easing = earlier.getEasingActivities();
        trainingLoad = earlier.getTrainingLoad();
        workSetup = earlier.getWorkSetup();
        priorInjuries = earlier.getPriorInjuriesAndSurgeries();
        medications = earlier.getMedications();
        goals = earlier.getGoals();
    }

    /** What the form hands to the service. */
    record Entered(IntakeDetails details, ScreeningAnswers screening, Map<SelfCheckStatement, Boolean> selfCheck) {
    }

    /**
     * Reads everything typed. Every row is read first: a row the domain refuses keeps its message
     * beside it (see {@link Row#getError()}) and, when there is one, {@link RowsNeedAttention} is
     * thrown. Then the domain checks the whole: every screening question must have been answered yes
     * or no, and the local rows count only when the answer to the local question is yes.
     */
    Entered entered() {
        List<ComplaintRegion> complaintRegions = read(regions, row -> new ComplaintRegion(row.region, row.side));
        List<RangeOfMotion> rom = read(rangeOfMotion, row -> {
            if (row.degrees == null) {
                throw new DomainException("Enter the degrees measured"
                        + (row.movement == null ? "." : " for " + row.movement.label() + "."));
            }
            return new RangeOfMotion(row.movement, row.side, row.degrees);
        });
        List<NeuroFinding> neuro = read(neuroScreen,
                row -> new NeuroFinding(row.level, row.side, row.strength, row.sensation, row.reflex));
        List<PalpationFinding> palpated = read(palpation, row -> new PalpationFinding(row.structure, row.region,
                row.side, row.ropey, row.gritty, row.tender, row.note));
        List<LocalContraindication> contraindications = null; // not answered stays not answered
        if (Boolean.TRUE.equals(localContraindicationsPresent)) {
            contraindications = read(locals, row -> new LocalContraindication(row.region, row.reason));
        } else if (Boolean.FALSE.equals(localContraindicationsPresent)) {
            contraindications = List.of();
        }
        if (Stream.of(regions, rangeOfMotion, neuroScreen, palpation, locals).flatMap(List::stream)
                .anyMatch(row -> row.error != null)) {
            throw new RowsNeedAttention();
        }
        IntakeDetails details = new IntakeDetails(chiefComplaint, complaintRegions, onsetType, onsetDate,
                durationWeeks, aggravating, easing, trainingLoad, workSetup, priorInjuries, medications, goals, posture,
                rom, neuro, palpated, new PainScores(painNow, painBest, painWorst));
        ScreeningAnswers screening = ScreeningAnswers.answered(recentTrauma, weightLossFeverNightPain,
                progressiveNeurologicalDeficit, bleedingRisk, pregnancy, localContraindicationsPresent,
                contraindications);
        return new Entered(details, screening, selfCheckAnswers());
    }

    /** Builds a value from every row that is not empty, marking the rows the domain refuses. */
    private static <R extends Row, T> List<T> read(List<R> rows, Function<R, T> build) {
        List<T> values = new ArrayList<>();
        for (R row : rows) {
            row.error = null;
            if (row.isEmpty()) {
                continue;
            }
            Messages.attempt(() -> build.apply(row), refused -> row.error = refused).ifPresent(values::add);
        }
        return values;
    }

    /** Some rows were refused; each says why beside it. */
    static final class RowsNeedAttention extends DomainException {

        private static final long serialVersionUID = 1L;

        RowsNeedAttention() {
            super("Some rows need attention; see the message beside each.");
        }

        /** On the page, the bundle's words (shown by {@link Messages#change}); in a plain test, the English above. */
        @Override
        public String getMessage() {
            return FacesContext.getCurrentInstance() == null ? super.getMessage() : Messages.text("intake.rowsNeedAttention");
        }
    }

    Map<SelfCheckStatement, Boolean> selfCheckAnswers() {
        Map<SelfCheckStatement, Boolean> answers = new EnumMap<>(SelfCheckStatement.class);
        for (SelfCheckRow row : selfCheck) {
            answers.put(row.statement, row.answer == null || row.answer.isBlank() ? null : Boolean.valueOf(row.answer));
        }
        return answers;
    }

    // ---- rows

    public void addLocal() {
        locals.add(new LocalRow());
    }

    /** After "yes" to the local question the first row is there to fill; after "no" the rows go. */
    public void localAnswerChanged() {
        if (Boolean.TRUE.equals(localContraindicationsPresent) && locals.isEmpty()) {
            locals.add(new LocalRow());
        } else if (Boolean.FALSE.equals(localContraindicationsPresent)) {
            locals.clear();
        }
    }

    public void addRegion() {
        regions.add(new RegionRow());
    }

    public void addRangeOfMotion() {
        rangeOfMotion.add(new RomRow());
    }

    public void addNeuro() {
        neuroScreen.add(new NeuroRow());
    }

    public void addPalpation() {
        palpation.add(new PalpationRow());
    }

    /** A row that grows on the form; a row left empty is skipped, a refused one shows why beside it. */
    public abstract static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        String error;

        abstract boolean isEmpty();

        /** The domain's message for this row after the last save; null when it was accepted. */
        public String getError() {
            return error;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A local contraindication: region and reason. */
    public static class LocalRow extends Row {
        private static final long serialVersionUID = 1L;
        private BodyRegion region;
        private ContraindicationReason reason;

        @Override
        boolean isEmpty() {
            return region == null && reason == null;
        }

        public BodyRegion getRegion() {
            return region;
        }

        public void setRegion(BodyRegion region) {
            this.region = region;
        }

        public ContraindicationReason getReason() {
            return reason;
        }

        public void setReason(ContraindicationReason reason) {
            this.reason = reason;
        }
    }

    /** A region of the complaint and its side. */
    public static class RegionRow extends Row {
        private static final long serialVersionUID = 1L;
        private BodyRegion region;
        private Side side;

        @Override
        boolean isEmpty() {
            return region == null && side == null;
        }

        public BodyRegion getRegion() {
            return region;
        }

        public void setRegion(BodyRegion region) {
            this.region = region;
        }

        public Side getSide() {
            return side;
        }

        public void setSide(Side side) {
            this.side = side;
        }
    }

    /** One range-of-motion measurement; the page shows the movement's normal value beside it. */
    public static class RomRow extends Row {
        private static final long serialVersionUID = 1L;
        private RomMovement movement;
        private Side side;
        private Integer degrees;

        @Override
        boolean isEmpty() {
            return movement == null && side == null && degrees == null;
        }

        public RomMovement getMovement() {
            return movement;
        }

        public void setMovement(RomMovement movement) {
            this.movement = movement;
        }

        public Side getSide() {
            return side;
        }

        public void setSide(Side side) {
            this.side = side;
        }

        public Integer getDegrees() {
            return degrees;
        }

        public void setDegrees(Integer degrees) {
            this.degrees = degrees;
        }
    }

    /** Strength, sensation and reflex at one level and side. */
    public static class NeuroRow extends Row {
        private static final long serialVersionUID = 1L;
        private SpinalLevel level;
        private Side side;
        private NeuroResult strength;
        private NeuroResult sensation;
        private NeuroResult reflex;

        @Override
        boolean isEmpty() {
            return level == null && side == null && strength == null && sensation == null && reflex == null;
        }

        public SpinalLevel getLevel() {
            return level;
        }

        public void setLevel(SpinalLevel level) {
            this.level = level;
        }

        public Side getSide() {
            return side;
        }

        public void setSide(Side side) {
            this.side = side;
        }

        public NeuroResult getStrength() {
            return strength;
        }

        public void setStrength(NeuroResult strength) {
            this.strength = strength;
        }

        public NeuroResult getSensation() {
            return sensation;
        }

        public void setSensation(NeuroResult sensation) {
            this.sensation = sensation;
        }

        public NeuroResult getReflex() {
            return reflex;
        }

        public void setReflex(NeuroResult reflex) {
            this.reflex = reflex;
        }
    }

    /** What was felt in one structure. */
    public static class PalpationRow extends Row {
        private static final long serialVersionUID = 1L;
        private String structure;
        private BodyRegion region;
        private Side side;
        private boolean ropey;
        private boolean gritty;
        private boolean tender;
        private String note;

        @Override
        boolean isEmpty() {
            return blank(structure) && region == null && side == null && !ropey && !gritty && !tender && blank(note);
        }

        public String getStructure() {
            return structure;
        }

        public void setStructure(String structure) {
            this.structure = structure;
        }

        public BodyRegion getRegion() {
            return region;
        }

        public void setRegion(BodyRegion region) {
            this.region = region;
        }

        public Side getSide() {
            return side;
        }

        public void setSide(Side side) {
            this.side = side;
        }

        public boolean isRopey() {
            return ropey;
        }

        public void setRopey(boolean ropey) {
            this.ropey = ropey;
        }

        public boolean isGritty() {
            return gritty;
        }

        public void setGritty(boolean gritty) {
            this.gritty = gritty;
        }

        public boolean isTender() {
            return tender;
        }

        public void setTender(boolean tender) {
            this.tender = tender;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** One statement of the self-check and the patient's answer: "true", "false" or empty (unanswered). */
    public static class SelfCheckRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SelfCheckStatement statement;
        private String answer;

        SelfCheckRow(SelfCheckStatement statement) {
            this.statement = statement;
        }

        public SelfCheckStatement getStatement() {
            return statement;
        }

        public String getWords() {
            return statement.words();
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    // ---- fields

    public Boolean getRecentTrauma() {
        return recentTrauma;
    }

    public void setRecentTrauma(Boolean recentTrauma) {
        this.recentTrauma = recentTrauma;
    }

    public Boolean getWeightLossFeverNightPain() {
        return weightLossFeverNightPain;
    }

    public void setWeightLossFeverNightPain(Boolean weightLossFeverNightPain) {
        this.weightLossFeverNightPain = weightLossFeverNightPain;
    }

    public Boolean getProgressiveNeurologicalDeficit() {
        return progressiveNeurologicalDeficit;
    }

    public void setProgressiveNeurologicalDeficit(Boolean progressiveNeurologicalDeficit) {
        this.progressiveNeurologicalDeficit = progressiveNeurologicalDeficit;
    }

    public Boolean getBleedingRisk() {
        return bleedingRisk;
    }

    public void setBleedingRisk(Boolean bleedingRisk) {
        this.bleedingRisk = bleedingRisk;
    }

    public Boolean getPregnancy() {
        return pregnancy;
    }

    public void setPregnancy(Boolean pregnancy) {
        this.pregnancy = pregnancy;
    }

    public Boolean getLocalContraindicationsPresent() {
        return localContraindicationsPresent;
    }

    public void setLocalContraindicationsPresent(Boolean localContraindicationsPresent) {
        this.localContraindicationsPresent = localContraindicationsPresent;
    }

    public List<LocalRow> getLocals() {
        return locals;
    }

    public String getChiefComplaint() {
        return chiefComplaint;
    }

    public void setChiefComplaint(String chiefComplaint) {
        this.chiefComplaint = chiefComplaint;
    }

    public List<RegionRow> getRegions() {
        return regions;
    }

    public OnsetType getOnsetType() {
        return onsetType;
    }

    public void setOnsetType(OnsetType onsetType) {
        this.onsetType = onsetType;
    }

    public LocalDate getOnsetDate() {
        return onsetDate;
    }

    public void setOnsetDate(LocalDate onsetDate) {
        this.onsetDate = onsetDate;
    }

    public Integer getDurationWeeks() {
        return durationWeeks;
    }

    public void setDurationWeeks(Integer durationWeeks) {
        this.durationWeeks = durationWeeks;
    }

    public String getAggravating() {
        return aggravating;
    }

    public void setAggravating(String aggravating) {
        this.aggravating = aggravating;
    }

    public String getEasing() {
        return easing;
    }

    public void setEasing(String easing) {
        this.easing = easing;
    }

    public String getTrainingLoad() {
        return trainingLoad;
    }

    public void setTrainingLoad(String trainingLoad) {
        this.trainingLoad = trainingLoad;
    }

    public String getWorkSetup() {
        return workSetup;
    }

    public void setWorkSetup(String workSetup) {
        this.workSetup = workSetup;
    }

    public String getPriorInjuries() {
        return priorInjuries;
    }

    public void setPriorInjuries(String priorInjuries) {
        this.priorInjuries = priorInjuries;
    }

    public String getMedications() {
        return medications;
    }

    public void setMedications(String medications) {
        this.medications = medications;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public Integer getPainNow() {
        return painNow;
    }

    public void setPainNow(Integer painNow) {
        this.painNow = painNow;
    }

    public Integer getPainBest() {
        return painBest;
    }

    public void setPainBest(Integer painBest) {
        this.painBest = painBest;
    }

    public Integer getPainWorst() {
        return painWorst;
    }

    public void setPainWorst(Integer painWorst) {
        this.painWorst = painWorst;
    }

    public String getPosture() {
        return posture;
    }

    public void setPosture(String posture) {
        this.posture = posture;
    }

    public List<RomRow> getRangeOfMotion() {
        return rangeOfMotion;
    }

    public List<NeuroRow> getNeuroScreen() {
        return neuroScreen;
    }

    public List<PalpationRow> getPalpation() {
        return palpation;
    }

    public List<SelfCheckRow> getSelfCheck() {
        return selfCheck;
    }
}
