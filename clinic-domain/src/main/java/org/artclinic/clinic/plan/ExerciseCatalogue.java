package org.artclinic.clinic.plan;

import static org.artclinic.clinic.plan.AftercareCategory.LOAD_AND_ERGONOMICS;
import static org.artclinic.clinic.plan.AftercareCategory.MOBILITY;
import static org.artclinic.clinic.plan.AftercareCategory.STRENGTHENING;
import static org.artclinic.clinic.plan.AftercareCategory.TRACKING;
import static org.artclinic.clinic.plan.AftercareCategory.USE_NEW_RANGE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.artclinic.clinic.intake.BodyRegion;

/**
 * Starting points for a home program, per body region, one click each on the plan page; the
 * practitioner adjusts the dose and wording to the patient. Written by us in plain words for
 * patients (no licensed protocol or exercise text), and deliberately ordinary: common, low-risk
 * drills a clinician would recognise. Each region has work of the first four aftercare kinds;
 * {@link #TRACKING_DIARY} suits every plan.
 */
public final class ExerciseCatalogue {

    /** A daily note of pain and activity, for any region (aftercare point 5). */
    public static final HomeExercise TRACKING_DIARY = new HomeExercise(TRACKING, "Symptom and activity diary",
            "Once a day, 2 minutes",
            "Write down your pain from 0 to 10, what you did that day and anything that made it better or worse. "
                    + "Bring it to your next visit.");

    private static final Map<BodyRegion, List<HomeExercise>> BY_REGION = new EnumMap<>(BodyRegion.class);

    static {
        add(BodyRegion.HEAD,
                e(USE_NEW_RANGE, "Chin nods", "10 slow nods, 3 times a day",
                        "Lying or sitting tall, nod the chin a little as if saying yes, without lifting the head."),
                e(MOBILITY, "Jaw and neck release", "1 minute, twice a day",
                        "Let the jaw hang loose, then turn the head slowly left and right within comfort."),
                e(LOAD_AND_ERGONOMICS, "Screen breaks", "Every 30 minutes at a screen",
                        "Look away from the screen, drop the shoulders and take three slow breaths."));
        add(BodyRegion.NECK,
                e(USE_NEW_RANGE, "Neck rotation to each side", "10 turns each way, 3 times a day",
                        "Sitting tall, turn the head slowly as far as is comfortable, pause two seconds, come back."),
                e(MOBILITY, "Upper-back extension over a chair", "8 repetitions, twice a day",
                        "Hands behind the head, lean back gently over the chair's backrest, then sit up again."),
                e(STRENGTHENING, "Chin tuck hold", "3 sets of 10, hold 5 seconds",
                        "Glide the chin straight back, keep the eyes level, hold, relax. Lying down at first, then sitting."),
                e(LOAD_AND_ERGONOMICS, "Screen at eye level", "Set up once, check weekly",
                        "Top of the screen at eye height, an arm's length away; phone raised rather than looking down."));
        add(BodyRegion.UPPER_BACK,
                e(USE_NEW_RANGE, "Seated trunk turns", "10 each way, twice a day",
                        "Arms crossed on the chest, turn the upper body slowly to each side while the hips stay still."),
                e(MOBILITY, "Open book", "8 each side, once a day",
                        "Lying on your side with knees bent, open the top arm across to the other side and follow it with your eyes."),
                e(STRENGTHENING, "Band rows", "3 sets of 12, every other day",
                        "Pull a resistance band towards the lower ribs, squeeze the shoulder blades together, return slowly."));
        add(BodyRegion.LOW_BACK,
                e(USE_NEW_RANGE, "Pelvic tilts", "10 slow tilts, 3 times a day",
                        "Lying on your back with knees bent, flatten and then gently arch the lower back."),
                e(MOBILITY, "Knee rolls", "10 each way, twice a day",
                        "Lying on your back, knees together and bent, let them fall gently to one side and then the other."),
                e(STRENGTHENING, "Bridge", "3 sets of 10, every other day",
                        "Lying on your back, press through the heels and lift the hips until the body is straight; lower slowly."),
                e(LOAD_AND_ERGONOMICS, "Lifting and sitting breaks", "Through the day",
                        "Stand up and walk for a minute every half hour of sitting; lift close to the body with bent knees."));
        add(BodyRegion.SHOULDER,
                e(USE_NEW_RANGE, "Wall slides", "10 slides, twice a day",
                        "Facing a wall, slide the hands up as far as is comfortable and back down, without shrugging."),
                e(MOBILITY, "Pendulum swings", "1 minute, twice a day",
                        "Leaning on a table with the other hand, let the arm hang and swing it in small circles."),
                e(STRENGTHENING, "Band external rotation", "3 sets of 12, every other day",
                        "Elbow at your side bent to 90 degrees, turn the forearm out against a band and return slowly."),
                e(LOAD_AND_ERGONOMICS, "Overhead work in short bouts", "Through the day",
                        "Break up overhead reaching and lifting; bring the work closer or lower where you can."));
        add(BodyRegion.ELBOW,
                e(USE_NEW_RANGE, "Wrist extensor stretch", "Hold 20 seconds, 3 times, twice a day",
                        "Arm straight in front, palm down, gently bend the wrist down with the other hand."),
                e(MOBILITY, "Forearm turns", "15 turns, twice a day",
                        "Elbow at your side, turn the palm up and down slowly through the full range."),
                e(STRENGTHENING, "Slow wrist lowering with a light weight", "3 sets of 15, once a day",
                        "Forearm on a table, lift the weight with the other hand's help and lower it slowly on its own."),
                e(LOAD_AND_ERGONOMICS, "Grip and tool check", "Set up once",
                        "Use a thicker handle, a lighter mouse click and palm-up lifting where you can."));
        add(BodyRegion.WRIST_HAND,
                e(USE_NEW_RANGE, "Tendon glides", "5 rounds, 3 times a day",
                        "Move the fingers through a straight hand, hook, full fist and flat fist, slowly."),
                e(MOBILITY, "Nerve glide for the wrist", "5 gentle repetitions, twice a day",
                        "Arm out to the side, palm up, slowly extend the wrist and tilt the head away; stop before tingling."),
                e(STRENGTHENING, "Putty or ball squeeze", "2 sets of 10, once a day",
                        "Squeeze a soft ball for 3 seconds and let go fully."),
                e(LOAD_AND_ERGONOMICS, "Neutral wrist at the keyboard", "Set up once",
                        "Keep the wrists straight while typing; take micro-breaks and avoid resting on the wrist's heel."));
        add(BodyRegion.HIP,
                e(USE_NEW_RANGE, "Half-kneeling hip flexor stretch", "Hold 30 seconds, 2 each side",
                        "Kneel on one knee, tuck the tail under and shift forward until a stretch is felt at the front of the hip."),
                e(MOBILITY, "Hip circles", "10 each way, once a day",
                        "On hands and knees, draw slow circles with one knee."),
                e(STRENGTHENING, "Side-lying leg raise", "3 sets of 12, every other day",
                        "Lying on your side, lift the top leg slightly behind you and lower slowly."),
                e(LOAD_AND_ERGONOMICS, "Build running and sport load gradually", "Weekly",
                        "Increase weekly distance or sessions by about a tenth at most; keep a rest day between hard days."));
        add(BodyRegion.KNEE,
                e(USE_NEW_RANGE, "Heel slides", "10 slides, twice a day",
                        "Lying on your back, slide the heel towards you to bend the knee, then straighten it."),
                e(MOBILITY, "Quadriceps stretch", "Hold 30 seconds, 2 each side",
                        "Standing, hold the ankle behind you and bring the heel towards the buttock, knees together."),
                e(STRENGTHENING, "Sit to stand", "3 sets of 10, once a day",
                        "Stand up from a chair without using the hands, then sit down slowly."));
        add(BodyRegion.ANKLE_FOOT,
                e(USE_NEW_RANGE, "Ankle circles and alphabet", "Once through, 3 times a day",
                        "Draw the letters of the alphabet in the air with the big toe."),
                e(MOBILITY, "Calf stretch at the wall", "Hold 30 seconds, 3 each side",
                        "Back leg straight and heel down, lean into the wall until the calf stretches; repeat with the knee bent."),
                e(STRENGTHENING, "Slow heel raises", "3 sets of 15, once a day",
                        "Rise onto the toes over 2 seconds and lower over 3; progress to one leg."),
                e(LOAD_AND_ERGONOMICS, "Footwear and surfaces", "Check once",
                        "Supportive shoes for long standing; change running distance and hills gradually."));
    }

    private ExerciseCatalogue() {
    }

    /** The catalogue's exercises for a region, the first four aftercare kinds in order; empty for none. */
    public static List<HomeExercise> forRegion(BodyRegion region) {
        return region == null ? List.of() : BY_REGION.getOrDefault(region, List.of());
    }

    private static void add(BodyRegion region, HomeExercise... exercises) {
        BY_REGION.put(region, List.copyOf(new ArrayList<>(List.of(exercises))));
    }

    private static HomeExercise e(AftercareCategory category, String name, String dose, String instructions) {
        return new HomeExercise(category, name, dose, instructions);
    }
}
