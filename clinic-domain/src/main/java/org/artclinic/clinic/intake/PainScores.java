package org.artclinic.clinic.intake;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.artclinic.clinic.common.DomainException;

/**
 * Pain now, and at its best and worst in the last week, each on the 0-10 numeric rating scale
 * (0 no pain, 10 worst imaginable). A value not asked is null.
 */
@Embeddable
public class PainScores implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "pain_now")
    private Integer now;

    @Column(name = "pain_best")
    private Integer best;

    @Column(name = "pain_worst")
    private Integer worst;

    protected PainScores() {
        // for JPA
    }

    public PainScores(Integer now, Integer best, Integer worst) {
        this.now = check(now, "now");
        this.best = check(best, "at its best in the last week");
        this.worst = check(worst, "at its worst in the last week");
        if (best != null && worst != null && best > worst) {
            throw new DomainException("Pain at its best (" + best + ") cannot be higher than at its worst ("
                    + worst + ").");
        }
    }

    public static PainScores notAsked() {
        return new PainScores(null, null, null);
    }

    private static Integer check(Integer value, String when) {
        if (value != null && (value < 0 || value > 10)) {
            throw new DomainException("Pain " + when + " is rated from 0 to 10; " + value + " is out of range.");
        }
        return value;
    }

    public Integer getNow() {
        return now;
    }

    public Integer getBest() {
        return best;
    }

    public Integer getWorst() {
        return worst;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PainScores that && Objects.equals(now, that.now) && Objects.equals(best, that.best)
                && Objects.equals(worst, that.worst);
    }

    @Override
    public int hashCode() {
        return Objects.hash(now, best, worst);
    }
}
