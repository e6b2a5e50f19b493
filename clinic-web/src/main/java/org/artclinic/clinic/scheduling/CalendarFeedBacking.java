package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.web.Messages;
import org.eclipse.microprofile.config.ConfigProvider;
import org.omnifaces.util.Faces;

/**
 * The calendar feed of the practitioner in view on {@code scheduling/calendar.xhtml} (the week's
 * practitioner, or the one chosen for the day), decision 0040: made, renewed and stopped only on
 * the front desk's explicit request. The address holds a secret the database does not keep, so
 * it is shown once, right after it is made, and never again; afterwards the page says only that
 * a feed exists, whether it names patients, and until when it works.
 */
@Named
@ViewScoped
public class CalendarFeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the application is reached from outside (behind a proxy, not the address of this request). */
    static final String PUBLIC_URL = "clinic.public.url";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    @EJB
    private CalendarFeedService feeds;

    @Inject
    private CalendarView view;

    /** Whose feed {@link #state} is, so that it is read once per practitioner in view, not per EL evaluation. */
    private Long shownFor;
    private CalendarFeedService.FeedState state;

    /** The address just made, for {@link #newUrlFor}: shown in this view only. */
    private String newUrl;
    private Long newUrlFor;

    /** Whether a feed about to be made names patients: off unless the desk ticks it. */
    private boolean withNames;

    /** The feed of the practitioner in view; null when the page shows several practitioners. */
    public CalendarFeedService.FeedState getState() {
        Long practitioner = view.singlePractitioner().orElse(null);
        if (!Objects.equals(practitioner, shownFor)) {
            shownFor = practitioner;
            state = practitioner == null ? null : feeds.state(practitioner);
        }
        return state;
    }

    public boolean isFeedExists() {
        return getState() != null && getState().exists();
    }

    public boolean isFeedExpired() {
        return getState() != null && getState().expired();
    }

    public boolean isFeedNames() {
        return getState() != null && getState().withNames();
    }

    /** The address made a moment ago for the practitioner in view, or null: it is not shown again. */
    public String getNewUrl() {
        return newUrlFor != null && newUrlFor.equals(view.singlePractitioner().orElse(null)) ? newUrl : null;
    }

    /** The day the feed's address stops working, e.g. "Dec 4, 2027". */
    public String getExpires() {
        CalendarFeedService.FeedState feed = getState();
        return feed == null || feed.expiresAt() == null ? "" : DAY.format(feed.expiresAt().atZone(view.getZone()));
    }

    /** The name of the practitioner in view; empty when the page shows several. */
    public String getPractitionerName() {
        return view.singlePractitioner().flatMap(id -> view.getPractitioners().stream()
                .filter(p -> p.getId().equals(id)).map(Practitioner::getDisplayName).findFirst()).orElse("");
    }

    public boolean isWithNames() {
        return withNames;
    }

    public void setWithNames(boolean withNames) {
        this.withNames = withNames;
    }

    /** Makes the practitioner's feed address; only on this explicit request. */
    public void create() {
        view.singlePractitioner().ifPresent(id -> Messages.change(() -> show(id, feeds.createFeed(id, withNames)),
                "calendar.feed.created"));
        shownFor = null;
    }

    /** Gives the practitioner's feed a new address; the old one stops working. */
    public void renew() {
        view.singlePractitioner().ifPresent(id -> Messages.change(() -> show(id, feeds.renewFeed(id)),
                "calendar.feed.renewed"));
        shownFor = null;
    }

    /** Stops the practitioner's feed: its address stops working. */
    public void stop() {
        view.singlePractitioner().ifPresent(id -> Messages.change(() -> {
            feeds.stopFeed(id);
            newUrl = null;
            newUrlFor = null;
            return id;
        }, "calendar.feed.stopped"));
        shownFor = null;
    }

    private String show(long practitionerId, String secret) {
        newUrl = publicBase() + CalendarFeedServlet.address(practitionerId, secret);
        newUrlFor = practitionerId;
        return newUrl;
    }

    /**
     * The application's address as people outside reach it: the configured public URL, else (a
     * local quick start without it) the address this request came to.
     */
    static String publicBase() {
        String configured = ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class)
                .map(String::strip).filter(url -> !url.isEmpty()).orElse(null);
        if (configured == null) {
            return Faces.getRequestBaseURL();
        }
        return configured.endsWith("/") ? configured : configured + "/";
    }
}
