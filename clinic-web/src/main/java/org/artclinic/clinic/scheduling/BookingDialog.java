package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.plan.TreatmentPlanService;
import org.artclinic.clinic.plan.TreatmentPlanService.PlanBooking;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.Room;
import org.artclinic.clinic.web.Messages;
import org.omnifaces.cdi.Param;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;

/**
 * The calendar's booking dialog: opened on a free slot (with that column's practitioner) or by "New
 * appointment" (the next free slot in working hours), prefilled with a room that is free then and
 * the usual appointment type, so that booking a known patient takes a click on the slot, the
 * patient and Book. Builds the one {@link BookingRequest} the REST API builds too; the service
 * checks it. A second visit of the patient that day is booked only after "Book anyway". A visit
 * repeated on several days is {@link SeriesBooking}'s.
 */
@Named
@ViewScoped
public class BookingDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_MINUTES = 30;

    @EJB
    private SchedulingService scheduling;

    @Inject
    private CalendarView view;

    @Inject
    private PatientPicker patientPicker;

    @Inject
    private SeriesBooking series;

    @EJB
    private TreatmentPlanService plans;

    /** "Book the plan": the plan whose visits the calendar was opened to book ({@code ?plan=N}). */
    @Inject
    @Param(name = "plan")
    private Long planToBook;

    private LocalDateTime start;
    private Long practitionerId;
    private Long roomId;
    private Long typeId;
    private Integer minutes = DEFAULT_MINUTES;
    private String notes;
    /** The same-day warning to confirm, once the service has given it; null otherwise. */
    private String sameDay;
    /** Whether the dialog has been opened in this view: its form is drawn from then on, not with every view. */
    private boolean open;

    /** A slot chosen on the week of one practitioner. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        open(event.getObject(), view.getWeekPractitionerId());
    }

    /** A slot chosen in a practitioner's column books with that practitioner. */
    public void onColumnDateSelect(SelectEvent<LocalDateTime> event) {
        CalendarView.Column column = (CalendarView.Column) event.getComponent().getAttributes().get("column");
        open(event.getObject(), column == null ? null : column.practitionerId());
    }

    /**
     * Opens the dialog on a slot, unless the practitioner does not work then: that is said at once,
     * as a toast, instead of after the whole form is filled in.
     */
    private void open(LocalDateTime slot, Long practitioner) {
        if (practitioner != null && view.getLocationId() != null) {
            Instant at = slot.atZone(view.getZone()).toInstant();
            var problem = scheduling.workingTimeProblem(practitioner, view.getLocationId(),
                    new TimeSlot(at, at.plus(Duration.ofMinutes(15))));
            if (problem.isPresent()) {
                CalendarFeedback.warn(problem.get());
                return;
            }
        }
        prefill(slot, practitioner, null);
        opened();
    }

    /** "New appointment": the next free slot in working hours, of the practitioner in view or anyone working. */
    public void newBooking() {
        List<Long> who = view.singlePractitioner().map(List::of).orElse(view.getPractitionerIds());
        var proposal = view.getLocationId() == null ? Optional.<SlotProposal>empty()
                : scheduling.nextFreeSlot(view.getLocationId(), who, Duration.ofMinutes(DEFAULT_MINUTES));
        prefill(proposal.map(p -> LocalDateTime.ofInstant(p.slot().start(), view.getZone())).orElse(null),
                proposal.map(p -> p.practitioner().getId()).orElse(who.isEmpty() ? null : who.get(0)), null);
        opened();
    }

    /**
     * A new booking for the same patient, type and practitioner as a visit, at the practitioner's next
     * free slot; the page then swaps the appointment dialog for this one.
     */
    public void rebook(Appointment visit) {
        long practitioner = visit.getPractitioner().getId();
        Duration length = visit.getSlot().duration();
        var proposal = scheduling.nextFreeSlot(visit.getLocation().getId(), List.of(practitioner), length);
        prefill(proposal.map(p -> LocalDateTime.ofInstant(p.slot().start(), view.getZone())).orElse(null),
                practitioner, visit.getAppointmentType() == null ? null : visit.getAppointmentType().getId());
        patientPicker.show(visit.getPatient().getId());
        minutes = (int) length.toMinutes();
        proposeRoom();
        opened();
    }

    /** The calendar was opened to book a plan's visits, and the dialog has not been opened for it yet. */
    public boolean isPlanPending() {
        return planToBook != null;
    }

    /**
     * "Book the plan" (decision 0032): the series booking, prefilled for a treatment plan's remaining
     * visits: the plan's practitioner at their next free slot here, the patient and their usual type,
     * the plan's weekdays and enough weeks. The front desk checks the preview and books.
     */
    public void openForPlan() {
        Long planId = planToBook;
        planToBook = null;
        if (planId == null) {
            return;
        }
        Optional<PlanBooking> plan = Messages.read(() -> plans.booking(planId));
        if (plan.isEmpty()) {
            return;
        }
        PlanBooking booking = plan.get();
        if (booking.remaining() == 0) {
            CalendarFeedback.warn(Messages.text("plan.bookNoneLeft", booking.practitionerName()));
            return;
        }
        var proposal = nextFreeSlotOf(booking.practitionerId());
        prefill(proposal.map(p -> LocalDateTime.ofInstant(p.slot().start(), view.getZone())).orElse(null),
                booking.practitionerId(), null);
        patientPicker.show(booking.patientId());
        onPatientChosen();
        series.plan(booking.visitsPerWeek(), booking.remaining(),
                start == null ? java.time.DayOfWeek.MONDAY : start.getDayOfWeek());
        notes = Messages.text("plan.bookNote", booking.visitsPerWeek(), booking.remaining());
        opened();
    }

    /**
     * The practitioner's next free slot at the location in view, else at the first other location
     * where they have one; the calendar then shows that location (the desk may be set to another).
     */
    private Optional<SlotProposal> nextFreeSlotOf(long practitioner) {
        List<Long> order = new java.util.ArrayList<>();
        if (view.getLocationId() != null) {
            order.add(view.getLocationId());
        }
        view.getLocations().stream().map(l -> l.getId()).filter(id -> !order.contains(id)).forEach(order::add);
        for (Long location : order) {
            var proposal = scheduling.nextFreeSlot(location, List.of(practitioner), Duration.ofMinutes(DEFAULT_MINUTES));
            if (proposal.isPresent()) {
                if (!location.equals(view.getLocationId())) {
                    view.setLocationId(location);
                    view.filter();
                }
                return proposal;
            }
        }
        return Optional.empty();
    }

    /** Tells the page the dialog is ready to be shown ({@code args.open}); it is shown on nothing else. */
    private void opened() {
        open = true;
        PrimeFaces.current().ajax().addCallbackParam("open", true);
    }

    /**
     * The dialog's fields (its lists of practitioners, types and rooms among them) are drawn once
     * something opens it, not with every view of the calendar: most views book nothing (issue 14,
     * decision 0053).
     */
    public boolean isOpen() {
        return open;
    }

    private void prefill(LocalDateTime slot, Long practitioner, Long type) {
        start = slot;
        practitionerId = practitioner;
        patientPicker.clear();
        notes = null;
        series.forget();
        sameDay = null;
        typeId = type != null ? type : scheduling.usualType(null, practitioner).orElse(null);
        minutes = lengthOf(typeId);
        proposeRoom();
    }

    /** Once the patient is chosen: their usual appointment type, if they have one, and a room free for it. */
    public void onPatientChosen() {
        if (patientPicker.getPatient() != null) {
            scheduling.usualType(patientPicker.getPatient().getId(), practitionerId).ifPresent(type -> {
                typeId = type;
                minutes = lengthOf(type);
                proposeRoom();
            });
        }
    }

    public void onTypeChange() {
        minutes = lengthOf(typeId);
        proposeRoom();
    }

    private int lengthOf(Long type) {
        return view.getAppointmentTypes().stream().filter(t -> t.getId().equals(type))
                .map(AppointmentType::getDurationMinutes).findFirst().orElse(DEFAULT_MINUTES);
    }

    /** Keeps the chosen room if it is free then; otherwise the first free one (or none when none is). */
    private void proposeRoom() {
        if (start == null || view.getLocationId() == null) {
            return;
        }
        Instant from = start.atZone(view.getZone()).toInstant();
        List<Room> free = scheduling.freeRooms(view.getLocationId(),
                new TimeSlot(from, from.plus(Duration.ofMinutes(minutes == null ? DEFAULT_MINUTES : minutes))));
        if (roomId == null || free.stream().noneMatch(r -> r.getId().equals(roomId))) {
            roomId = free.isEmpty() ? null : free.get(0).getId();
        }
    }

    public void book() {
        book(false);
    }

    /** After the same-day warning: books the second visit of the day. */
    public void bookAnyway() {
        book(true);
    }

    private void book(boolean confirmSameDay) {
        sameDay = null;
        BookingRequest request = request(confirmSameDay);
        Appointment[] booked = new Appointment[1];
        CalendarFeedback.change(() -> {
            try {
                return booked[0] = scheduling.book(request);
            } catch (SameDayVisit warning) {
                sameDay = warning.getMessage();
                throw warning;
            }
        }, "calendar.booked", CalendarFeedback.later(() -> booked[0].describe()));
        if (sameDay != null) {
            CalendarFeedback.withdraw(CalendarFeedback.DIALOG); // the warning shows once, beside "Book anyway"
        }
    }

    /** What the desk filled in, as the booking contract; the service says what is missing. */
    BookingRequest request(boolean confirmSameDay) {
        ZoneId zone = view.getZone();
        Instant from = start == null ? null : start.atZone(zone).toInstant();
        Instant to = from == null || minutes == null ? null : from.plus(Duration.ofMinutes(minutes));
        return new BookingRequest(patientPicker.getPatient() == null ? null : patientPicker.getPatient().getId(),
                practitionerId, view.getLocationId(), roomId, typeId, from, to, notes, confirmSameDay);
    }

    // ---- fields

    public PatientPicker getPatientPicker() {
        return patientPicker;
    }

    public String getSameDay() {
        return sameDay;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public Long getPractitionerId() {
        return practitionerId;
    }

    public void setPractitionerId(Long practitionerId) {
        this.practitionerId = practitionerId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
