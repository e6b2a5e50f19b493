package org.artclinic.clinic.outcome;

import java.util.List;
import java.util.Map;

/**
 * The questions and answer words we wrote ourselves for the instruments whose items are read to
 * the patient. Not the published wording (which is copyrighted): each item keeps the published
 * item's topic and each answer the same level of difficulty, 0 (none) to 5 (the most severe), so
 * that the scoring stays the published one. Written for the NDI so far; the other instruments show
 * their item labels with the two anchors.
 */
final class OwnWording {

    /** One item's question and its answers, lowest first. */
    record Words(String question, List<String> answers) {
    }

    private static final Map<String, List<Words>> BY_INSTRUMENT = Map.of("NDI", List.of(
            new Words("How strong is the neck pain right now?", List.of(
                    "None right now",
                    "Slight",
                    "Moderate",
                    "Quite bad",
                    "Very bad",
                    "As bad as it could possibly be")),
            new Words("How does the neck affect looking after yourself (washing, dressing, grooming)?", List.of(
                    "I manage as usual and it does not bring on pain",
                    "I manage as usual, but it brings on pain",
                    "It hurts, so I take it slowly and carefully",
                    "I need a little help, but do most of it on my own",
                    "I need help with most of it every day",
                    "Others do nearly all of it for me; I mostly stay in bed")),
            new Words("How does the neck affect lifting things?", List.of(
                    "I lift heavy things and it does not bring on pain",
                    "I lift heavy things, but it brings on pain",
                    "Heavy things only from table height, not from the floor",
                    "Only light or medium things, and only from table height",
                    "Only very light things",
                    "I cannot lift or carry anything")),
            new Words("How does the neck affect reading?", List.of(
                    "I read as long as I like with no neck pain",
                    "I read as long as I like with slight neck pain",
                    "I read as long as I like with moderate neck pain",
                    "Neck pain stops me reading as long as I would like",
                    "Severe neck pain lets me read hardly at all",
                    "I cannot read at all")),
            new Words("How often do you have headaches, and how bad are they?", List.of(
                    "No headaches",
                    "Slight headaches, now and then",
                    "Moderate headaches, now and then",
                    "Moderate headaches, often",
                    "Severe headaches, often",
                    "Headaches nearly all the time")),
            new Words("How does the neck affect concentrating?", List.of(
                    "I concentrate fully without trouble",
                    "Slight trouble concentrating",
                    "Some trouble concentrating",
                    "A lot of trouble concentrating",
                    "Great trouble concentrating",
                    "I cannot concentrate at all")),
            new Words("How does the neck affect your work (paid work, study or housework)?", List.of(
                    "I do as much work as I want",
                    "My usual work, but nothing more",
                    "Most of my usual work",
                    "I cannot do my usual work",
                    "I can hardly do any work",
                    "I cannot work at all")),
            new Words("How does the neck affect driving? (Mark \"Not answered\" if the patient does not drive.)",
                    List.of(
                    "I drive as long as I like with no neck pain",
                    "I drive as long as I like with slight neck pain",
                    "I drive as long as I like with moderate neck pain",
                    "Neck pain stops me driving as long as I would like",
                    "Severe neck pain lets me drive hardly at all",
                    "I cannot drive at all")),
            new Words("How does the neck affect sleep?", List.of(
                    "My sleep is not disturbed",
                    "Slightly: awake for less than an hour a night",
                    "Mildly: awake for one to two hours",
                    "Moderately: awake for two to three hours",
                    "Greatly: awake for three to five hours",
                    "Completely: awake for five to seven hours")),
            new Words("How does the neck affect hobbies, sport and going out?", List.of(
                    "I do all of them with no neck pain",
                    "I do all of them, with some neck pain",
                    "Neck pain keeps me from some of them",
                    "Neck pain lets me do only a few of them",
                    "Neck pain lets me do hardly any of them",
                    "I cannot do any of them"))));

    private OwnWording() {
    }

    /** The words of the instrument's items, in order; empty when we have written none. */
    static List<Words> of(String instrument) {
        return BY_INSTRUMENT.getOrDefault(instrument, List.of());
    }
}
