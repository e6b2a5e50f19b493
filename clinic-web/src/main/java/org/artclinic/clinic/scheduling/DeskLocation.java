package org.artclinic.clinic.scheduling;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.omnifaces.util.Faces;

/**
 * Which location a page about one location's day opens on when the address names none: the
 * signed-in user's own clinic rather than the alphabetically first. In this order: where the
 * user's practitioner record works today (else anywhere in their week), the location this user
 * chose last on this browser (a cookie per user, so a shared desk computer keeps each
 * receptionist's choice), the first location with visits today, the first location.
 */
@RequestScoped
public class DeskLocation {

    private static final String COOKIE = "clinic-location-";
    private static final int A_YEAR = (int) TimeUnit.DAYS.toSeconds(365);

    @EJB
    private SchedulingService scheduling;

    @EJB
    private ClinicSetupService setup;

    @Inject
    private ClinicClock clock;

    /** The location to open on among the open ones; null when there is none. */
    public Long choose(List<Location> open) {
        List<Long> ids = open.stream().map(Location::getId).toList();
        if (ids.isEmpty()) {
            return null;
        }
        String user = Faces.getRemoteUser();
        return Optional.ofNullable(user).flatMap(u -> setup.workplaceOfUser(u, clock.now())).filter(ids::contains)
                .or(() -> lastChosen(user).filter(ids::contains))
                .or(() -> scheduling.firstLocationWithVisitsOn(ids, clock.now()))
                .orElse(ids.get(0));
    }

    /** Remembers the location the user chose, for the next time the page opens without one. */
    public void remember(Long locationId) {
        String user = Faces.getRemoteUser();
        if (user != null && locationId != null) {
            Faces.addResponseCookie(cookie(user), String.valueOf(locationId), Faces.getRequestContextPath() + "/",
                    A_YEAR);
        }
    }

    private static Optional<Long> lastChosen(String user) {
        if (user == null) {
            return Optional.empty();
        }
        String value = Faces.getRequestCookie(cookie(user));
        try {
            return value == null ? Optional.empty() : Optional.of(Long.valueOf(value.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    /** One cookie per user name (user names are letters, digits, dots, dashes and underscores). */
    private static String cookie(String user) {
        return COOKIE + user.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
