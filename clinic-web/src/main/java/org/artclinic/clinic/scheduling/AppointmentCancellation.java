package org.artclinic.clinic.scheduling;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

/**
 * The appointment dialog's secondary section, "Cancel or no-show": cancels the visit in view (or
 * the series from it, with the dialog's scope), late or not as the visit says, marks a no-show, and
 * then offers the freed slot to the waitlist. Which of these is offered is asked of the
 * {@link Appointment} each time the {@link AppointmentDialog} reads it; the visit in view and the
 * scope are the dialog's, and after a change the dialog reads the visit afresh.
 */
@Named
@ViewScoped
public class AppointmentCancellation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchedulingService scheduling;

    @Inject
    private AppointmentDialog dialog;

    private boolean cancellable;
    private boolean noShow;
    private boolean lateIfCancelledNow;
    private String reason;
    private List<WaitlistEntry> offers = List.of();
    private long moreOffers;

    /** Asks the visit in view, as the dialog reads it, whether it may be cancelled (late or not) or marked a no-show now. */
    void ask(Appointment visit, Instant now) {
        cancellable = visit.canCancel();
        noShow = visit.canMarkNoShow(now);
        lateIfCancelledNow = visit.isLateIfCancelledAt(now, scheduling.cancellationPolicy());
    }

    /** A visit has just been opened in the dialog: no reason typed yet, no slot to offer. */
    void forget() {
        reason = null;
        offers = List.of();
        moreOffers = 0;
    }

    public void cancel() {
        AppointmentScheduleModel.Ref visit = dialog.getSelected();
        if (visit.inSeries() && dialog.getScope() != SeriesScope.THIS) {
            List<Appointment> cancelled = new ArrayList<>();
            CalendarFeedback.change(() -> cancelled.addAll(scheduling.cancelSeries(visit.id(), dialog.getScope(), reason)),
                    "calendar.seriesCancelled", CalendarFeedback.later(cancelled::size));
            return;
        }
        CancellationResult[] result = new CancellationResult[1];
        if (CalendarFeedback.change(() -> result[0] = scheduling.cancel(visit.id(), reason),
                lateIfCancelledNow ? "calendar.cancelledLate" : "calendar.cancelled")) {
            dialog.refresh();
            offers = result[0].offers();
            moreOffers = result[0].moreOffers();
            if (!offers.isEmpty()) {
                // the dialog stays open to offer the freed slot
                PrimeFaces.current().ajax().addCallbackParam("offers", true);
            }
        }
    }

    /** Books a waiting patient into the slot this cancellation freed (refused once it has begun or been taken). */
    public void bookOffer(long entryId) {
        Appointment[] booked = new Appointment[1];
        if (CalendarFeedback.change(() -> booked[0] = scheduling.bookFromWaitlistInto(entryId, dialog.getSelected().id()),
                "calendar.booked", CalendarFeedback.later(() -> booked[0].describe()))) {
            offers = List.of();
        }
    }

    public void markNoShow() {
        if (CalendarFeedback.change(() -> scheduling.markNoShow(dialog.getSelected().id()), "calendar.noShow")) {
            dialog.refresh();
        }
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public boolean isNoShow() {
        return noShow;
    }

    public boolean isLateIfCancelledNow() {
        return lateIfCancelledNow;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<WaitlistEntry> getOffers() {
        return offers;
    }

    public long getMoreOffers() {
        return moreOffers;
    }
}
