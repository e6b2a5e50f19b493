package org.artclinic.clinic.scheduling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.artclinic.clinic.setup.ClinicClock;

/**
 * A practitioner's subscribable calendar: {@code /calendar/practitioner/{id}.ics?token=...}.
 * Calendar apps cannot use the login form, so this address is open to anyone holding the
 * practitioner's current secret and refuses everyone else (403); every fetch is audited
 * ({@link CalendarFeedService#feed}).
 */
@WebServlet(urlPatterns = CalendarFeedServlet.PATH + "*")
@ServletSecurity(@HttpConstraint) // no sign-in: the token in the address is the credential
public class CalendarFeedServlet extends HttpServlet {

    static final String PATH = "/calendar/practitioner/";

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.artclinic.clinic.web.scheduling";
    private static final Pattern FEED = Pattern.compile("/(\\d{1,18})\\.ics");

    @EJB
    private CalendarFeedService feeds;

    @Inject
    private ClinicClock clock;

    /** The feed's address below the application's, e.g. {@code calendar/practitioner/7.ics?token=...}. */
    public static String address(long practitionerId, String token) {
        return PATH.substring(1) + practitionerId + ".ics?token=" + token;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = FEED.matcher(String.valueOf(request.getPathInfo()));
        if (!matcher.matches()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "feed.notFound");
            return;
        }
        long practitionerId = Long.parseLong(matcher.group(1));
        Optional<CalendarFeedService.Feed> feed = feeds.feed(practitionerId, request.getParameter("token"),
                clock.now());
        if (feed.isEmpty()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "feed.refused");
            return;
        }
        byte[] body = AppointmentCalendar.of(feed.get().appointments(), feed.get().practitionerName(), clock.now(),
                feed.get().withNames()).getBytes(StandardCharsets.UTF_8);
        response.setContentType(AppointmentCalendar.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"practitioner-" + practitionerId + ".ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A short plain-text answer (calendar apps show it, if anything), not the application's error page. */
    private static void refuse(HttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key));
    }
}
