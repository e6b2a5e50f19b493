package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Repeat" in the booking dialog: the visit filled in there, on the week days chosen for a number
 * of weeks. Previews every visit of the series with what is in the way of each, then books the free
 * ones. The visit itself (patient, start, length, practitioner, room, type, notes) is the
 * {@link BookingDialog}'s, checked as the one {@link BookingRequest} before a series is built from it.
 */
@Named
@ViewScoped
public class SeriesBooking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int WEEKS = 3;

    @EJB
    private SchedulingService scheduling;

    @Inject
    private CalendarView view;

    @Inject
    private BookingDialog booking;

    private boolean repeat;
    private List<String> repeatDays = new ArrayList<>();
    private Integer weeks = WEEKS;
    private List<OccurrencePreview> preview = List.of();

    /** The booking dialog opens on a new visit: a single one until "Repeat" is ticked. */
    void forget() {
        repeat = false;
        repeatDays = new ArrayList<>();
        weeks = WEEKS;
        preview = List.of();
    }

    /**
     * A treatment plan's visits ("Book the plan"): repeated on {@code perWeek} weekdays spread over
     * the week from the first visit's day (twice a week from a Monday: Monday and Thursday), for as
     * many weeks as hold the plan's {@code remaining} visits without booking more than it plans.
     */
    void plan(int perWeek, int remaining, DayOfWeek first) {
        List<DayOfWeek> days = spread(first, perWeek);
        repeat = true;
        repeatDays = new ArrayList<>(days.stream().map(DayOfWeek::name).toList());
        weeks = weeksFor(days, first, remaining);
        preview = List.of();
    }

    /**
     * The most weeks whose visits stay within {@code remaining}: a series counts calendar weeks from
     * the first visit's, so the days of the first week before the first visit are not booked.
     */
    static int weeksFor(List<DayOfWeek> days, DayOfWeek first, int remaining) {
        long skipped = days.stream().filter(day -> day.compareTo(first) < 0).count();
        return (int) Math.max(1, Math.min(RecurrenceRule.MAX_WEEKS, (remaining + skipped) / days.size()));
    }

    /** {@code perWeek} of Monday to Friday, evenly apart, the first on {@code first} (a weekend day counts as Monday). */
    static List<DayOfWeek> spread(DayOfWeek first, int perWeek) {
        int start = first.getValue() > DayOfWeek.FRIDAY.getValue() ? 0 : first.getValue() - 1;
        int count = Math.max(1, Math.min(5, perWeek));
        List<DayOfWeek> days = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            days.add(DayOfWeek.of((start + (int) Math.ceil(k * 5.0 / count)) % 5 + 1));
        }
        return days;
    }

    /** Lists every visit the series would have and what is in the way of each; the dialog stays open. */
    public void previewSeries() {
        preview = List.of();
        CalendarFeedback.change(() -> preview = scheduling.preview(seriesRequest()), "calendar.book.previewSummary",
                CalendarFeedback.later(this::getFreeCount), CalendarFeedback.later(() -> preview.size()));
    }

    public void bookSeries() {
        SeriesResult[] result = new SeriesResult[1];
        if (CalendarFeedback.change(() -> result[0] = scheduling.bookSeries(seriesRequest()), "calendar.seriesBooked",
                CalendarFeedback.later(() -> result[0].booked().size()),
                CalendarFeedback.later(() -> result[0].skipped().size()))) {
            preview = List.of();
        }
    }

    private SeriesRequest seriesRequest() {
        BookingRequest visit = booking.request(false);
        List<BookingRequest.Problem> problems = visit.problems();
        if (!problems.isEmpty()) {
            throw new InvalidBooking(problems);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        repeatDays.forEach(day -> days.add(DayOfWeek.valueOf(day)));
        RecurrenceRule rule = new RecurrenceRule(booking.getStart().toLocalDate(), booking.getStart().toLocalTime(),
                Duration.ofMinutes(booking.getMinutes()), days, weeks == null ? 0 : weeks);
        return new SeriesRequest(visit.patientId(), visit.practitionerId(), visit.locationId(), visit.roomId(),
                visit.appointmentTypeId(), rule, visit.notes());
    }

    public String previewWhen(OccurrencePreview occurrence) {
        return SlotText.of(occurrence.slot(), view.getZone());
    }

    public long getFreeCount() {
        return preview.stream().filter(OccurrencePreview::free).count();
    }

    public List<DayOfWeek> getWeekDays() {
        return List.of(DayOfWeek.values());
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public boolean isRepeat() {
        return repeat;
    }

    public void setRepeat(boolean repeat) {
        this.repeat = repeat;
    }

    public List<String> getRepeatDays() {
        return repeatDays;
    }

    public void setRepeatDays(List<String> repeatDays) {
        this.repeatDays = repeatDays == null ? new ArrayList<>() : new ArrayList<>(repeatDays);
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public List<OccurrencePreview> getPreview() {
        return preview;
    }
}
