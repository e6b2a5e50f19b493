package org.artclinic.clinic.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answered item of an administration, stored as its own row; an unanswered item has no row. */
@Embeddable
public class ItemAnswer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "item_number", nullable = false)
    private int item;

    @Column(name = "answer", nullable = false)
    private int answer;

    protected ItemAnswer() {
    }

    ItemAnswer(int item, int answer) {
        this.item = item;
        this.answer = answer;
    }

    /** The item's 1-based number in the instrument's order. */
    public int getItem() {
        return item;
    }

    public int getAnswer() {
        return answer;
    }
}
