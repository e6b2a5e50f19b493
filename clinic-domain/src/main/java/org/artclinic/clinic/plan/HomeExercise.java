package org.artclinic.clinic.plan;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;

/**
 * One exercise of the home program: its aftercare category, its name, the dose ("2 sets of 10,
 * twice a day", "hold 20 seconds, 3 times") and how to do it, in words the patient reads at home.
 */
@Embeddable
public class HomeExercise implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NAME = 100;
    public static final int MAX_DOSE = 120;
    public static final int MAX_INSTRUCTIONS = 600;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private AftercareCategory category;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "dose", nullable = false, length = MAX_DOSE)
    private String dose;

    @Column(name = "instructions", length = MAX_INSTRUCTIONS)
    private String instructions;

    protected HomeExercise() {
        // for JPA
    }

    public HomeExercise(AftercareCategory category, String name, String dose, String instructions) {
        if (category == null) {
            throw new DomainException("Choose what kind of home work the exercise is.");
        }
        this.category = category;
        this.name = Text.required(name, MAX_NAME, "The exercise's name");
        this.dose = Text.required(dose, MAX_DOSE, "The dose of " + this.name);
        this.instructions = Text.optional(instructions, MAX_INSTRUCTIONS, "The instructions for " + this.name);
    }

    /** The same exercise, as a new object (an embeddable belongs to one plan). */
    HomeExercise copy() {
        return new HomeExercise(category, name, dose, instructions);
    }

    public AftercareCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public String getDose() {
        return dose;
    }

    public String getInstructions() {
        return instructions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HomeExercise e && category == e.category && name.equals(e.name) && dose.equals(e.dose)
                && Objects.equals(instructions, e.instructions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, name, dose, instructions);
    }
}
