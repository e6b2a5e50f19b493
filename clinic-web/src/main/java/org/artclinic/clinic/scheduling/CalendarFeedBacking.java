package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.util.function.LongFunction;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.util.Faces;

/**
 * The calendar feed address of the practitioner in view on {@code scheduling/calendar.xhtml} (the
 * week's practitioner, or the one chosen for the day): shown once created, created and renewed
 * only on the front desk's explicit request.
 */
@Named
@ViewScoped
public class CalendarFeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CalendarFeedService feeds;

    @Inject
    private CalendarView view;

    /** Whose address {@link #feedUrl} is, so that it is read once per practitioner in view, not per EL evaluation. */
    private Long shownFor;
    private String feedUrl;

    /** The feed address of the practitioner in view, if the front desk has created one; null otherwise. */
    public String getFeedUrl() {
        Long practitioner = view.singlePractitioner().orElse(null);
        if (!java.util.Objects.equals(practitioner, shownFor)) {
            shownFor = practitioner;
            feedUrl = practitioner == null ? null : feeds.token(practitioner)
                    .map(token -> Faces.getRequestBaseURL() + CalendarFeedServlet.address(practitioner, token))
                    .orElse(null);
        }
        return feedUrl;
    }

    /** The name of the practitioner in view; empty when the page shows several. */
    public String getPractitionerName() {
        return view.singlePractitioner().flatMap(id -> view.getPractitioners().stream()
                .filter(p -> p.getId().equals(id)).map(Practitioner::getDisplayName).findFirst()).orElse("");
    }

    /** Creates the practitioner's feed address; only on this explicit request. */
    public void create() {
        change(feeds::createToken, "calendar.feed.created");
    }

    /** Gives the practitioner's feed a new address; the old one stops working. */
    public void renew() {
        change(feeds::renewToken, "calendar.feed.renewed");
    }

    private void change(LongFunction<String> change, String doneKey) {
        view.singlePractitioner().ifPresent(id -> Messages.change(() -> change.apply(id), doneKey));
        shownFor = null;
        feedUrl = null;
    }
}
