package org.artclinic.clinic.demo;

import static org.artclinic.clinic.intake.BodyRegion.ANKLE_FOOT;
import static org.artclinic.clinic.intake.BodyRegion.ELBOW;
import static org.artclinic.clinic.intake.BodyRegion.HIP;
import static org.artclinic.clinic.intake.BodyRegion.KNEE;
import static org.artclinic.clinic.intake.BodyRegion.LOW_BACK;
import static org.artclinic.clinic.intake.BodyRegion.NECK;
import static org.artclinic.clinic.intake.BodyRegion.SHOULDER;
import static org.artclinic.clinic.intake.BodyRegion.UPPER_BACK;
import static org.artclinic.clinic.intake.BodyRegion.WRIST_HAND;

import java.util.List;
import java.util.Locale;

import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.OnsetType;
import org.artclinic.clinic.intake.RomMovement;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.intake.SpinalLevel;

/**
 * The soft-tissue complaints the demo's intakes record: the overuse and strain problems an ART
 * clinic sees most (outer knee in runners, tennis elbow, plantar heel pain, rotator cuff, a tight
 * forearm with tingling, low back, neck from desk work...). Each comes with what a practitioner
 * would write at intake and what they would measure and feel. Every text is made up for the demo,
 * in our own words; none is taken from an ART protocol.
 */
final class DemoComplaints {

    private DemoComplaints() {
    }

    /** A range-of-motion measurement to take, and how far short of normal the affected side usually is. */
    record Rom(RomMovement movement, double lowest, double highest) {
    }

    /** A structure to palpate, with what the practitioner notes when it reproduces the complaint. */
    record Palpation(String structure, BodyRegion region, String note) {
    }

    /**
     * One kind of complaint. {@code {side}} in a text stands for "left" or "right" on a one-sided
     * complaint (the first region is the one on that side; a second region is on the same side).
     */
    record Complaint(String chiefComplaint, List<BodyRegion> regions, boolean oneSided, OnsetType onset,
            int minWeeks, int maxWeeks, String aggravating, String easing, String training, String goals,
            String posture, List<Rom> rom, List<SpinalLevel> neuro, List<Palpation> palpation,
            String appointmentNote) {

        /** The text with {@code {side}} filled in ("left", "right"; "one side" when the complaint has none). */
        static String sided(String template, Side side) {
            if (template == null) {
                return null;
            }
            return template.replace("{side}", side == Side.LEFT || side == Side.RIGHT ? side.words() : "one side");
        }
    }

    static final Complaint OUTER_KNEE = new Complaint(
            "Pain on the outside of the {side} knee that starts a few kilometres into a run and gets sharper downhill",
            List.of(KNEE), true, OnsetType.REPETITIVE_MICROTRAUMA, 3, 12,
            "Running downhill, stairs going down, long drives with the knee bent",
            "Stopping the run, walking on the flat, rolling the outer thigh",
            "Added hill repeats and a longer weekend run over the last two months",
            "Run a half-marathon this season without stopping because of the knee",
            "The {side} knee drifts inward on a single-leg squat; hip stabilisers tire quickly on that side",
            List.of(new Rom(RomMovement.KNEE_FLEXION, 0.85, 0.95), new Rom(RomMovement.HIP_ADDUCTION, 0.5, 0.75),
                    new Rom(RomMovement.HIP_INTERNAL_ROTATION, 0.7, 0.9)),
            List.of(SpinalLevel.L4, SpinalLevel.L5),
            List.of(new Palpation("Iliotibial band, lower third", KNEE,
                            "Tender just above the outer knee; brings on the running pain"),
                    new Palpation("Tensor fasciae latae", HIP, null),
                    new Palpation("Vastus lateralis", KNEE, null)),
            "Lateral knee after hill running");

    static final Complaint OUTER_ELBOW = new Complaint(
            "Aching outer {side} elbow when gripping: lifting a kettle, turning a screwdriver, shaking hands",
            List.of(ELBOW), true, OnsetType.REPETITIVE_MICROTRAUMA, 4, 20,
            "Gripping tools, carrying bags with the palm down, the mouse late in the day",
            "A weekend off work, a forearm strap, ice after work",
            "Went from one to three tennis matches a week this spring",
            "Work a full day with tools and carry the shopping without the elbow flaring up",
            "Holds the {side} shoulder slightly raised; the forearm extensors look firm",
            List.of(new Rom(RomMovement.WRIST_FLEXION, 0.75, 0.9), new Rom(RomMovement.FOREARM_SUPINATION, 0.8, 0.95),
                    new Rom(RomMovement.ELBOW_FLEXION, 0.95, 1.0)),
            List.of(SpinalLevel.C6, SpinalLevel.C7),
            List.of(new Palpation("Extensor carpi radialis brevis", ELBOW,
                            "Reproduces the familiar ache at the outer elbow"),
                    new Palpation("Supinator", ELBOW, null),
                    new Palpation("Brachioradialis", ELBOW, null)),
            "Elbow, gripping tools");

    static final Complaint HEEL = new Complaint(
            "Sharp pain under the {side} heel with the first steps in the morning and after sitting",
            List.of(ANKLE_FOOT), true, OnsetType.REPETITIVE_MICROTRAUMA, 6, 26,
            "The first steps out of bed, standing on hard floors, running on pavement",
            "Walking it in, cushioned shoes, rolling the arch over a ball",
            "Weekly running went from about 20 to 40 km in six weeks",
            "Get out of bed without limping and run three times a week again",
            "Lower arch on the {side} in standing; the calf is visibly tighter on that side",
            List.of(new Rom(RomMovement.ANKLE_DORSIFLEXION, 0.4, 0.7),
                    new Rom(RomMovement.ANKLE_PLANTARFLEXION, 0.85, 1.0), new Rom(RomMovement.FOOT_EVERSION, 0.8, 1.0)),
            List.of(SpinalLevel.S1, SpinalLevel.L5),
            List.of(new Palpation("Plantar fascia near the heel", ANKLE_FOOT, "Point tenderness at the inner heel"),
                    new Palpation("Gastrocnemius, inner head", ANKLE_FOOT, null),
                    new Palpation("Soleus", ANKLE_FOOT, null),
                    new Palpation("Short toe flexors", ANKLE_FOOT, null)),
            "Plantar fascia, worse after long runs");

    static final Complaint SHOULDER_OVERHEAD = new Complaint(
            "Ache at the front and side of the {side} shoulder when reaching overhead, and at night lying on it",
            List.of(SHOULDER), true, OnsetType.REPETITIVE_MICROTRAUMA, 4, 16,
            "Reaching to a high shelf, putting on a jacket, freestyle swimming",
            "Keeping the arm by the side, heat, a pillow under the arm at night",
            "Swims about 8 km a week; added a fourth session before a masters meet",
            "Swim a full session and sleep through the night on either side",
            "Rounded shoulders; the {side} shoulder blade tips forward as the arm goes up",
            List.of(new Rom(RomMovement.SHOULDER_FLEXION, 0.8, 0.92),
                    new Rom(RomMovement.SHOULDER_ABDUCTION, 0.7, 0.88),
                    new Rom(RomMovement.SHOULDER_INTERNAL_ROTATION, 0.6, 0.8),
                    new Rom(RomMovement.SHOULDER_EXTERNAL_ROTATION, 0.8, 0.95)),
            List.of(SpinalLevel.C5, SpinalLevel.C6),
            List.of(new Palpation("Supraspinatus", SHOULDER, "Tender band above the shoulder blade's spine"),
                    new Palpation("Infraspinatus", SHOULDER, null),
                    new Palpation("Subscapularis", SHOULDER, null),
                    new Palpation("Pectoralis minor", SHOULDER, null)),
            "Rotator cuff, swimming");

    static final Complaint FOREARM_TINGLING = new Complaint(
            "Tight {side} forearm with tingling into the thumb and first two fingers after long days at the keyboard",
            List.of(WRIST_HAND, ELBOW), true, OnsetType.REPETITIVE_MICROTRAUMA, 6, 30,
            "Hours of typing and mouse work, holding the phone, driving with the hands high on the wheel",
            "Shaking the hand out, stretching the forearm, weekends away from the computer",
            null,
            "Work a full day at the computer without tingling, and sleep without the hand waking me",
            "Wrists rest on the desk edge; the forearm flexors on the {side} are firm and guarded",
            List.of(new Rom(RomMovement.WRIST_EXTENSION, 0.7, 0.88), new Rom(RomMovement.WRIST_FLEXION, 0.85, 1.0),
                    new Rom(RomMovement.FOREARM_SUPINATION, 0.85, 1.0)),
            List.of(SpinalLevel.C6, SpinalLevel.C7, SpinalLevel.C8),
            List.of(new Palpation("Pronator teres", ELBOW, "Pressure here brings on the tingling into the thumb side"),
                    new Palpation("Flexor digitorum superficialis", WRIST_HAND, null),
                    new Palpation("Transverse carpal ligament", WRIST_HAND, null)),
            "Right wrist and forearm, keyboard work");

    static final Complaint LOW_BACK_LIFTING = new Complaint(
            "Dull ache across the low back after lifting at work, stiff for the first hour of the morning",
            List.of(LOW_BACK), false, OnsetType.REPETITIVE_MICROTRAUMA, 2, 12,
            "Bending to lift boxes, sitting longer than half an hour, getting out of the car",
            "Walking, a hot shower, lying on the back with the knees bent",
            "Deadlifts twice a week; put the weight up quickly last month",
            "Get through a full shift of lifting and pick up my kids without bracing",
            "Stands with the weight shifted to one side; the low back muscles are guarded",
            List.of(new Rom(RomMovement.THORACOLUMBAR_FLEXION, 0.6, 0.85),
                    new Rom(RomMovement.THORACOLUMBAR_EXTENSION, 0.6, 0.85),
                    new Rom(RomMovement.THORACOLUMBAR_LATERAL_FLEXION, 0.7, 0.95)),
            List.of(SpinalLevel.L4, SpinalLevel.L5, SpinalLevel.S1),
            List.of(new Palpation("Quadratus lumborum", LOW_BACK, "Tight band above the pelvis; reproduces the ache"),
                    new Palpation("Lumbar erector spinae", LOW_BACK, null),
                    new Palpation("Gluteus medius", HIP, null)),
            "Lower back, lifting at work");

    static final Complaint NECK_DESK = new Complaint(
            "Stiff neck and tension along the tops of the shoulders by mid-afternoon, with headaches after long "
                    + "screen days",
            List.of(NECK), false, OnsetType.INSIDIOUS, 8, 52,
            "Long video calls, reading on the laptop, checking the blind spot when driving",
            "Moving around, heat on the neck, a day away from the screen",
            null,
            "Get through a work week without headaches and turn my head freely when driving",
            "Head sits forward of the shoulders; the upper trapezius is raised, more on one side",
            List.of(new Rom(RomMovement.CERVICAL_ROTATION, 0.7, 0.9),
                    new Rom(RomMovement.CERVICAL_EXTENSION, 0.65, 0.85),
                    new Rom(RomMovement.CERVICAL_LATERAL_FLEXION, 0.7, 0.9),
                    new Rom(RomMovement.CERVICAL_FLEXION, 0.8, 0.95)),
            List.of(SpinalLevel.C5, SpinalLevel.C6, SpinalLevel.C7),
            List.of(new Palpation("Upper trapezius", NECK, "Ropey band that sends the ache toward the temple"),
                    new Palpation("Levator scapulae", NECK, null),
                    new Palpation("Suboccipital muscles", NECK, null),
                    new Palpation("Scalenes", NECK, null)),
            "Neck and upper back, desk posture");

    static final Complaint HAMSTRING = new Complaint(
            "Tight, pulling pain at the back of the {side} thigh since a sprint at soccer",
            List.of(HIP), true, OnsetType.ACUTE_INJURY, 1, 6,
            "Sprinting, long strides, bending forward with straight legs",
            "Easy walking, heat, gentle cycling",
            "Sunday soccer plus two sprint sessions a week",
            "Sprint at full speed again and play a whole game",
            "Shorter stride on the {side}; the pelvis tips forward",
            List.of(new Rom(RomMovement.HIP_FLEXION, 0.65, 0.85), new Rom(RomMovement.HIP_EXTENSION, 0.85, 1.0),
                    new Rom(RomMovement.KNEE_FLEXION, 0.9, 1.0)),
            List.of(SpinalLevel.L5, SpinalLevel.S1),
            List.of(new Palpation("Biceps femoris", HIP, "Thickened, tender spot mid-thigh where it pulled"),
                    new Palpation("Semitendinosus", HIP, null),
                    new Palpation("Adductor magnus", HIP, null)),
            "Hamstring strain from sprinting");

    static final Complaint CALF = new Complaint(
            "Tight {side} calf and a stiff Achilles at the start of every trail run",
            List.of(ANKLE_FOOT), true, OnsetType.REPETITIVE_MICROTRAUMA, 2, 10,
            "Running uphill, the first kilometre, walking in flat shoes",
            "Warming up, heel lifts, calf raises",
            "Moved from road running to mountain trails this spring",
            "Finish a 25 km trail race in the fall",
            "Less ankle bend on the {side} in a lunge",
            List.of(new Rom(RomMovement.ANKLE_DORSIFLEXION, 0.45, 0.75),
                    new Rom(RomMovement.ANKLE_PLANTARFLEXION, 0.9, 1.0), new Rom(RomMovement.KNEE_FLEXION, 0.95, 1.0)),
            List.of(SpinalLevel.S1),
            List.of(new Palpation("Soleus", ANKLE_FOOT, "Gritty band deep in the lower calf"),
                    new Palpation("Gastrocnemius", ANKLE_FOOT, null),
                    new Palpation("Achilles tendon sheath", ANKLE_FOOT, null)),
            "Calf tightness, new to trail running");

    static final Complaint HIP_FLEXORS = new Complaint(
            "Pinching at the front of the {side} hip after long rides, and tight when standing up straight",
            List.of(HIP), true, OnsetType.REPETITIVE_MICROTRAUMA, 3, 16,
            "Long rides low on the bike, standing up after sitting, lunges",
            "Stretching the front of the hip, walking, shorter rides",
            "Rides about 250 km a week in season",
            "Ride the mountain century without the hip seizing up",
            "Pelvis tipped forward; the {side} hip does not straighten fully in standing",
            List.of(new Rom(RomMovement.HIP_EXTENSION, 0.35, 0.7), new Rom(RomMovement.HIP_INTERNAL_ROTATION, 0.7, 0.9),
                    new Rom(RomMovement.HIP_FLEXION, 0.9, 1.0)),
            List.of(SpinalLevel.L2, SpinalLevel.L3),
            List.of(new Palpation("Iliopsoas", HIP, "Deep tender spot that reproduces the pinch"),
                    new Palpation("Rectus femoris", HIP, null),
                    new Palpation("Tensor fasciae latae", HIP, null)),
            "Hip flexors after the cycling season");

    static final Complaint THUMB = new Complaint(
            "Pain at the base of the {side} thumb and the side of the wrist when lifting the baby",
            List.of(WRIST_HAND), true, OnsetType.REPETITIVE_MICROTRAUMA, 3, 14,
            "Lifting the baby under the arms, wringing a cloth, opening jars",
            "A thumb splint at night, ice, resting the hand",
            null,
            "Lift and carry my baby without wrist pain",
            "Wrist held slightly bent toward the thumb side",
            List.of(new Rom(RomMovement.WRIST_ULNAR_DEVIATION, 0.5, 0.75),
                    new Rom(RomMovement.WRIST_RADIAL_DEVIATION, 0.8, 1.0),
                    new Rom(RomMovement.WRIST_FLEXION, 0.85, 1.0)),
            List.of(SpinalLevel.C6),
            List.of(new Palpation("Abductor pollicis longus", WRIST_HAND,
                            "Tender and thickened over the thumb side of the wrist"),
                    new Palpation("Extensor pollicis brevis", WRIST_HAND, null),
                    new Palpation("Brachioradialis", ELBOW, null)),
            "Thumb and wrist, new parent");

    static final Complaint MID_BACK = new Complaint(
            "Tightness between the shoulder blades after climbing and rowing sessions",
            List.of(UPPER_BACK), false, OnsetType.REPETITIVE_MICROTRAUMA, 4, 20,
            "Pulling movements, long climbing sessions, sitting hunched at the desk",
            "Lying over a foam roller, massage, rest days",
            "Climbs three times a week and rows at home",
            "Climb a full session without the mid-back locking up",
            "Rounded upper back; the shoulder blades sit wide",
            List.of(new Rom(RomMovement.THORACOLUMBAR_ROTATION, 0.7, 0.9)),
            List.of(SpinalLevel.C8, SpinalLevel.T1),
            List.of(new Palpation("Rhomboids", UPPER_BACK, "Ropey band along the inner edge of the shoulder blade"),
                    new Palpation("Middle trapezius", UPPER_BACK, null),
                    new Palpation("Latissimus dorsi", UPPER_BACK, null)),
            null);

    static final List<Complaint> ALL = List.of(OUTER_KNEE, OUTER_ELBOW, HEEL, SHOULDER_OVERHEAD, FOREARM_TINGLING,
            LOW_BACK_LIFTING, NECK_DESK, HAMSTRING, CALF, HIP_FLEXORS, THUMB, MID_BACK);

    /** The complaint an initial appointment's booking note describes, or null. */
    static Complaint forAppointmentNote(String note) {
        if (note == null) {
            return null;
        }
        if (note.startsWith("Left shoulder")) {
            return SHOULDER_OVERHEAD;
        }
        return ALL.stream().filter(c -> note.equals(c.appointmentNote())).findFirst().orElse(null);
    }

    /** The side a booking note names ("Left shoulder..."), or null. */
    static Side sideOfAppointmentNote(String note) {
        if (note == null) {
            return null;
        }
        return note.startsWith("Left") ? Side.LEFT : note.startsWith("Right") ? Side.RIGHT : null;
    }

    /** Complaints that fit what a patient does (their sport, then their work), or all of them. */
    static List<Complaint> likelyFor(String sport, String occupation) {
        String s = sport == null ? "" : sport.toLowerCase(Locale.ROOT);
        if (s.contains("running") || s.contains("marathon")) {
            return List.of(OUTER_KNEE, HEEL, CALF, HAMSTRING);
        }
        if (s.contains("cycling") || s.contains("rowing")) {
            return List.of(HIP_FLEXORS, OUTER_KNEE, NECK_DESK, MID_BACK);
        }
        if (s.contains("climbing")) {
            return List.of(FOREARM_TINGLING, OUTER_ELBOW, MID_BACK, SHOULDER_OVERHEAD);
        }
        if (s.contains("swimming")) {
            return List.of(SHOULDER_OVERHEAD, NECK_DESK);
        }
        if (s.contains("tennis") || s.contains("golf")) {
            return List.of(OUTER_ELBOW, SHOULDER_OVERHEAD, LOW_BACK_LIFTING);
        }
        if (s.contains("crossfit") || s.contains("powerlifting")) {
            return List.of(LOW_BACK_LIFTING, SHOULDER_OVERHEAD, OUTER_ELBOW);
        }
        if (s.contains("soccer") || s.contains("basketball") || s.contains("frisbee")) {
            return List.of(HAMSTRING, OUTER_KNEE, CALF, HEEL);
        }
        String job = occupation == null ? "" : occupation.toLowerCase(Locale.ROOT);
        if (job.contains("developer") || job.contains("designer") || job.contains("accountant")
                || job.contains("student")) {
            return List.of(NECK_DESK, FOREARM_TINGLING, LOW_BACK_LIFTING, MID_BACK);
        }
        if (job.contains("warehouse") || job.contains("nurse") || job.contains("delivery")
                || job.contains("carpenter") || job.contains("electrician")) {
            return List.of(LOW_BACK_LIFTING, SHOULDER_OVERHEAD, OUTER_ELBOW, OUTER_KNEE);
        }
        if (job.contains("violinist") || job.contains("hygienist") || job.contains("barista")) {
            return List.of(FOREARM_TINGLING, NECK_DESK, THUMB, OUTER_ELBOW);
        }
        return ALL;
    }
}
