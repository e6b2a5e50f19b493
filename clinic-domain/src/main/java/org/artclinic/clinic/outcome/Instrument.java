package org.artclinic.clinic.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.artclinic.clinic.intake.BodyRegion;

/**
 * The outcome instruments the clinic administers, each with its items (short labels in our own
 * words; the questionnaires' wording is copyrighted), the answer range of every item, the
 * published scoring rule including how unanswered items are handled, the reporting scale, and the
 * minimal clinically important difference (MCID) used to flag change over time. The source of
 * each rule is named on the constant.
 *
 * <p>Rounding: scores are computed exactly and rounded once, half up, to the instrument's
 * {@link #reportingScale()} decimals (NPRS and LEFS are whole numbers; NDI, ODI and QuickDASH one
 * decimal, the precision of the published scoring examples; the NDI and ODI scoring sheets print
 * 16/45 as 35.5 %, cut off, where we round 35.55... half up to 35.6).
 *
 * <p>Unanswered items: an unanswered item is {@code null}. Where a publication gives a rule it is
 * applied exactly (QuickDASH); where the developers describe prorating over the answered items
 * without a stated limit (NDI, ODI), we prorate for at most one unanswered item, the case their
 * worked examples show, and otherwise report "cannot be scored" rather than guess; where no
 * published rule exists (LEFS, NPRS) every item must be answered.
 */
public enum Instrument {

    /**
     * Numeric Pain Rating Scale, one item 0 (no pain) to 10 (worst pain imaginable); the score is
     * the answer. MCID 2 points: Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical
     * importance of changes in chronic pain intensity measured on an 11-point numerical pain
     * rating scale. Pain 2001;94(2):149-158 (on average a reduction of about 2 points or about 30 %);
     * Childs JD, Piva SR, Fritz JM. Responsiveness of the numeric pain rating scale in patients with
     * low back pain. Spine 2005;30(11):1331-1334 (MCID 2.2 points at 1 week and 1.5 at 4 weeks,
     * minimal detectable change 2; the authors conclude that a 2-point change is clinically
     * meaningful and beyond measurement error).
     */
    NPRS("Numeric Pain Rating Scale", 0, 10, "0 = no pain", "10 = the worst pain imaginable",
            Direction.LOWER_IS_BETTER, "2", "points", 0, 0, 0, 10,
            List.of("Pain right now"), Formula.SUM),

    /**
     * Neck Disability Index, 10 sections each 0-5, reported as a percentage: sum / (5 x answered
     * sections) x 100 (Vernon H, Mior S. The Neck Disability Index: a study of reliability and
     * validity. J Manipulative Physiol Ther 1991;14(7):409-415; the raw total 0-50 doubled gives the
     * percentage). Unanswered item: Vernon's scoring note ("The Neck Disability Index", an informal
     * note by the author, reproduced at chiro.org/forms/NDI_Explain.shtml) adds the average of the
     * other items for an item left out, which is the same as dividing by 5 x answered items; it
     * states no limit (see also Vernon H. The Neck Disability Index: state-of-the-art, 1991-2008. J
     * Manipulative Physiol Ther 2008;31:491-502), so we score with at most one unanswered item.
     * MCID 10 of 50 raw points = 20 percentage points: Young BA, Walker MJ, Strunce JB, et al.
     * Responsiveness of the Neck Disability Index in patients with mechanical neck disorders.
     * Spine J 2009;9(10):802-808. They measured an MCID of 7.5 points but a minimal detectable
     * change of 10.2 and conclude: "Because the MCID is within the bounds of measurement error, a
     * 10-point change (the MDC) should be used as the MCID." (Cleland JA, Childs JD, Whitman JM,
     * Arch Phys Med Rehabil 2008;89:69-74, found 19 percentage points; Vernon's note gives 5 raw
     * points, which is within that measurement error.)
     */
    NDI("Neck Disability Index", 0, 5, "0 = no problem with this", "5 = the most severe level for this item",
            Direction.LOWER_IS_BETTER, "20", "percentage points", 1, 1, 0, 100,
            List.of("Pain intensity", "Personal care (washing, dressing)", "Lifting", "Reading", "Headaches",
                    "Concentration", "Work", "Driving", "Sleeping", "Recreation"), Formula.PERCENT_OF_FIVE_PER_ITEM),

    /**
     * Oswestry Disability Index (version 2.1a), 10 sections each 0-5, reported as a percentage:
     * total / (5 x number of sections answered) x 100; a section missed or not applicable reduces
     * the denominator by 5 (Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine
     * 2000;25(22):2940-2953; the scoring instructions' worked example is 16/50 = 32 %, and with one
     * section missed 16/45, printed as 35.5 %). No limit on missed sections is published; Fairbank's
     * own note for the Mapi Research Trust says that in theory one answered section gives a score
     * and that fewer than eight are rarely seen. We score with at most one missed section (the
     * worked case): our own rule.
     * MCID 10 percentage points: Ostelo RW, Deyo RA, Stratford P, et al. Interpreting change
     * scores for pain and functional status in low back pain: towards international consensus
     * regarding minimal important change. Spine 2008;33:90-94 (proposed MIC 10 for the ODI, 2
     * for a 0-10 pain rating, or a 30 % improvement from baseline).
     */
    ODI("Oswestry Disability Index", 0, 5, "0 = no problem with this", "5 = the most severe level for this item",
            Direction.LOWER_IS_BETTER, "10", "percentage points", 1, 1, 0, 100,
            List.of("Pain intensity", "Personal care (washing, dressing)", "Lifting", "Walking", "Sitting",
                    "Standing", "Sleeping", "Sex life (if it applies)", "Social life", "Travelling"),
            Formula.PERCENT_OF_FIVE_PER_ITEM),

    /**
     * QuickDASH (shortened Disabilities of the Arm, Shoulder and Hand), 11 items each 1-5, score
     * 0-100: ((sum of the n answers / n) - 1) x 25, and no score when more than one item is
     * unanswered, i.e. at least 10 of 11 items (Institute for Work &amp; Health, the QuickDASH
     * scoring instructions distributed with the questionnaire; the same formula as in the IWH
     * manual "Scoring the DASH", whose 30-item DASH needs 27 answers). Instrument:
     * Beaton DE, Wright JG, Katz JN, Upper Extremity Collaborative Group. Development of the
     * QuickDASH: comparison of three item-reduction approaches. J Bone Joint Surg Am
     * 2005;87(5):1038-1046. The optional work and sports/music modules are not included.
     * MCID 15.91 points: Franchignoni F, Vercelli S, Giordano A, Sartorio F, Bravini E, Ferriero G.
     * Minimal clinically important difference of the Disabilities of the Arm, Shoulder and Hand
     * outcome measure (DASH) and its shortened version (QuickDASH). J Orthop Sports Phys Ther
     * 2014;44:30-39 (it exceeds their minimal detectable change (90 %) of 12.85; Mintken PE,
     * Glynn P, Cleland JA, J Shoulder Elbow Surg 2009;18(6):920-926, reported 8.0 points in
     * shoulder pain, below that measurement error, so we do not use it).
     */
    QUICKDASH("QuickDASH", 1, 5, "1 = no difficulty or no symptoms", "5 = unable, or extreme symptoms",
            Direction.LOWER_IS_BETTER, "15.91", "points", 1, 1, 0, 100,
            List.of("Opening a tight jar", "Heavy household chores", "Carrying a shopping bag or briefcase",
                    "Washing your back", "Cutting food with a knife", "Recreation that loads the arm",
                    "Social activities limited by the arm", "Work or daily activities limited by the arm",
                    "Arm, shoulder or hand pain", "Tingling (pins and needles)", "Sleep disturbed by the arm"),
            Formula.QUICKDASH),

    /**
     * Lower Extremity Functional Scale, 20 items each 0 (extreme difficulty or unable) to 4 (no
     * difficulty); the score is the sum, 0-80, higher is better. MCID 9 points (Binkley JM,
     * Stratford PW, Lott SA, Riddle DL. The Lower Extremity Functional Scale (LEFS): scale
     * development, measurement properties, and clinical application. Phys Ther 1999;79(4):371-383:
     * minimal detectable change and MCID both 9 scale points, 90 % confidence).
     * No published rule for unanswered items was found (the form asks for an answer to every
     * activity), so we score only a complete questionnaire.
     */
    LEFS("Lower Extremity Functional Scale", 0, 4, "0 = extreme difficulty or unable", "4 = no difficulty",
            Direction.HIGHER_IS_BETTER, "9", "points", 0, 0, 0, 80,
            List.of("Usual work, housework or school", "Usual hobbies, recreation or sport", "Getting in or out of the bath",
                    "Walking from room to room", "Putting on shoes or socks", "Squatting",
                    "Lifting a bag from the floor", "Light jobs around the home", "Heavy jobs around the home",
                    "Getting in or out of a car", "Walking two blocks", "Walking a mile",
                    "A flight of stairs up or down", "Standing for an hour", "Sitting for an hour",
                    "Running on level ground", "Running on uneven ground", "Sharp turns while running fast",
                    "Hopping", "Turning over in bed"), Formula.SUM);

    /** The published formulas, from the sum of the answered items and how many were answered. */
    private enum Formula {
        /** The sum of the items (NPRS: the one rating; LEFS: 0-80). */
        SUM {
            @Override
            BigDecimal apply(int sum, int answered, int scale) {
                return BigDecimal.valueOf(sum).setScale(scale, RoundingMode.HALF_UP);
            }
        },
        /** sum / (5 x answered items) x 100 (NDI, ODI). */
        PERCENT_OF_FIVE_PER_ITEM {
            @Override
            BigDecimal apply(int sum, int answered, int scale) {
                return BigDecimal.valueOf(sum * 100L).divide(BigDecimal.valueOf(5L * answered), scale, RoundingMode.HALF_UP);
            }
        },
        /** ((sum / n) - 1) x 25 = (sum - n) x 25 / n, divided once so that only one rounding happens. */
        QUICKDASH {
            @Override
            BigDecimal apply(int sum, int answered, int scale) {
                return BigDecimal.valueOf((sum - answered) * 25L).divide(BigDecimal.valueOf(answered), scale,
                        RoundingMode.HALF_UP);
            }
        };

        abstract BigDecimal apply(int sum, int answered, int scale);
    }

    /** Up to this many unanswered items are named by their labels in the reason there is no score. */
    private static final int NAMED_GAPS = 3;

    /** The longest reason a questionnaire cannot be scored (it is stored with the administration). */
    public static final int MAX_REASON_LENGTH = 400;

    private final String title;
    private final int minAnswer;
    private final int maxAnswer;
    private final String lowAnchor;
    private final String highAnchor;
    private final Direction direction;
    private final BigDecimal mcid;
    private final String unit;
    private final int maxUnanswered;
    private final int reportingScale;
    private final int minScore;
    private final int maxScore;
    private final List<Item> items;
    private final Formula formula;

    Instrument(String title, int minAnswer, int maxAnswer, String lowAnchor, String highAnchor, Direction direction,
            String mcid, String unit, int maxUnanswered, int reportingScale, int minScore, int maxScore,
            List<String> labels, Formula formula) {
        this.title = title;
        this.minAnswer = minAnswer;
        this.maxAnswer = maxAnswer;
        this.lowAnchor = lowAnchor;
        this.highAnchor = highAnchor;
        this.direction = direction;
        this.mcid = new BigDecimal(mcid);
        this.unit = unit;
        this.maxUnanswered = maxUnanswered;
        this.reportingScale = reportingScale;
        this.minScore = minScore;
        this.maxScore = maxScore;
        this.formula = formula;
        List<OwnWording.Words> words = OwnWording.of(name());
        this.items = IntStream.range(0, labels.size()).mapToObj(i -> i < words.size()
                ? new Item(i + 1, labels.get(i), words.get(i).question(), words.get(i).answers())
                : new Item(i + 1, labels.get(i))).toList();
    }

    /**
     * Scores one administration.
     *
     * @param answers one entry per item in the instrument's order, {@code null} for an unanswered item
     * @return the score, or no score with the reason when too many items are unanswered
     * @throws InvalidAnswers when an answer is outside its item's range or the number of answers is wrong
     */
    public Scoring score(List<Integer> answers) {
        List<AnswerProblem> problems = problems(answers);
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        List<Integer> unanswered = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < answers.size(); i++) {
            Integer answer = answers.get(i);
            if (answer == null) {
                unanswered.add(i + 1);
            } else {
                sum += answer;
            }
        }
        if (unanswered.size() > maxUnanswered) {
            return Scoring.unscorable(this, unscorableReason(unanswered));
        }
        BigDecimal score = formula.apply(sum, answers.size() - unanswered.size(), reportingScale);
        return Scoring.scored(this, score);
    }

    /** What is wrong with the answers (empty when they fit the instrument); unanswered items are not a problem. */
    public List<AnswerProblem> problems(List<Integer> answers) {
        if (answers == null || answers.size() != items.size()) {
            int given = answers == null ? 0 : answers.size();
            return List.of(new AnswerProblem(null, "The " + title + " has " + count(items.size(), "item") + "; "
                    + given + (given == 1 ? " answer was" : " answers were")
                    + " given. Send one answer per item, in order, with null for an unanswered item."));
        }
        List<AnswerProblem> problems = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Integer answer = answers.get(i);
            if (answer != null && (answer < minAnswer || answer > maxAnswer)) {
                Item item = items.get(i);
                problems.add(new AnswerProblem(item.number(), "Item " + item.number() + " (" + item.label() + ") of the "
                        + title + " cannot be " + answer + "; answers go from " + minAnswer + " to " + maxAnswer + "."));
            }
        }
        return problems;
    }

    /** Compares an earlier and a later score of this instrument against its MCID. */
    public Change change(BigDecimal earlier, BigDecimal later) {
        return Change.between(this, earlier, later);
    }

    /**
     * The instrument that fits a body region: neck - NDI, low back - ODI, shoulder, elbow, wrist
     * and hand - QuickDASH, hip, knee, ankle and foot - LEFS; elsewhere (head, upper back) the pain
     * rating alone. (The regional instruments are validated for exactly these regions; see the
     * sources on each constant.)
     */
    public static Instrument suggestedFor(BodyRegion region) {
        if (region == null) {
            return NPRS;
        }
        if (region == BodyRegion.NECK) {
            return NDI;
        }
        if (region == BodyRegion.LOW_BACK) {
            return ODI;
        }
        if (region.isUpperLimb()) {
            return QUICKDASH;
        }
        if (region.isLowerLimb()) {
            return LEFS;
        }
        return NPRS;
    }

    /** The instruments for the regions of a complaint, in the regions' order, each once; NPRS when there is none. */
    public static List<Instrument> suggestedFor(Collection<BodyRegion> regions) {
        Set<Instrument> suggested = new LinkedHashSet<>();
        if (regions != null) {
            regions.forEach(region -> suggested.add(suggestedFor(region)));
        }
        if (suggested.isEmpty()) {
            suggested.add(NPRS);
        }
        return List.copyOf(suggested);
    }

    public String title() {
        return title;
    }

    /** The items in order, each with its number and label. */
    public List<Item> items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    /** The lowest answer every item accepts. */
    public int minAnswer() {
        return minAnswer;
    }

    /** The highest answer every item accepts. */
    public int maxAnswer() {
        return maxAnswer;
    }

    /** What the lowest answer means, in our words, e.g. "0 = no pain". */
    public String lowAnchor() {
        return lowAnchor;
    }

    /** What the highest answer means, in our words. */
    public String highAnchor() {
        return highAnchor;
    }

    public Direction direction() {
        return direction;
    }

    /** The minimal clinically important difference, in the units of the reported score. */
    public BigDecimal mcid() {
        return mcid;
    }

    /** The unit of a change in score, e.g. "percentage points". */
    public String unit() {
        return unit;
    }

    /**
     * The unit for an amount, in the right number: "1 point", "1.0 percentage point", "2 points",
     * "0.5 points" (English counts only exactly one as singular).
     */
    public String unitFor(BigDecimal amount) {
        boolean one = amount != null && amount.abs().compareTo(BigDecimal.ONE) == 0;
        return one && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    /** How many items may be unanswered with the questionnaire still scored. */
    public int maxUnanswered() {
        return maxUnanswered;
    }

    /** Decimals of the reported score. */
    public int reportingScale() {
        return reportingScale;
    }

    /** The lowest possible score (0 for all five). */
    public int minScore() {
        return minScore;
    }

    /** The highest possible score: 10 (NPRS), 100 (NDI, ODI, QuickDASH), 80 (LEFS). */
    public int maxScore() {
        return maxScore;
    }

    private String unscorableReason(List<Integer> unanswered) {
        if (items.size() == 1) {
            return "The " + title + " is unanswered, so there is no score. Ask the patient for a number from "
                    + minAnswer + " to " + maxAnswer + ".";
        }
        // the labels help with a few gaps; a mostly blank questionnaire is named by numbers only, so
        // the reason stays short enough to store and to read
        String which = (unanswered.size() == 1 ? "Item " : "Items ") + numbers(unanswered)
                + (unanswered.size() > NAMED_GAPS ? "" : " (" + String.join("; ",
                        unanswered.stream().map(n -> items.get(n - 1).label()).toList()) + ")");
        String verb = unanswered.size() == 1 ? " is" : " are";
        String rule = maxUnanswered == 0
                ? "the " + title + " is only scored when every item is answered."
                : "the " + title + " is scored with at most " + count(maxUnanswered, "unanswered item") + ".";
        return which + verb + " unanswered, and " + rule + " Ask the patient to answer "
                + (unanswered.size() == 1 ? "it" : "them") + ", then record it again.";
    }

    private static String numbers(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return numbers.get(0).toString();
        }
        List<String> text = numbers.stream().map(String::valueOf).toList();
        return String.join(", ", text.subList(0, text.size() - 1)) + " and " + text.get(text.size() - 1);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
