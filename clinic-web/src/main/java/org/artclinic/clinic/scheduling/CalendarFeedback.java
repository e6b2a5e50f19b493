package org.artclinic.clinic.scheduling;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.artclinic.clinic.web.Messages;

/**
 * Where the calendar's feedback shows: a change made in a dialog goes through {@link Messages#change}
 * like everywhere else, and its outcome is then addressed to where the receptionist is looking,
 * the refusal to the open dialog's messages ({@link #DIALOG}) and the confirmation to the toast
 * ({@link #TOAST}). The page's own message area leaves both keys out, so nothing shows twice.
 */
final class CalendarFeedback {

    /** The messages area of the open dialog ({@code <p:messages for="dialog" forType="key">}). */
    static final String DIALOG = "dialog";
    /** The toast at the top right ({@code <p:growl for="toast" forType="key">}). */
    static final String TOAST = "toast";

    private CalendarFeedback() {
    }

    /** {@link Messages#change}, with the refusal shown in the dialog and the confirmation as a toast. */
    static boolean change(Callable<?> work, String doneKey, Object... arguments) {
        boolean saved = Messages.change(work, doneKey, arguments);
        readdress(saved ? TOAST : DIALOG);
        return saved;
    }

    /** A change made on the calendar itself (a drag, a click): both outcomes as a toast. */
    static boolean onCalendar(Callable<?> work, String doneKey, Object... arguments) {
        boolean saved = Messages.change(work, doneKey, arguments);
        readdress(TOAST);
        return saved;
    }

    /**
     * An argument of a confirmation that the change itself produces (e.g. how many visits were
     * booked): read when the confirmation is written, which is after the change succeeded.
     */
    static Object later(java.util.function.Supplier<?> value) {
        return value; // Messages.text reads it, as a number where the text counts (a {0,choice} pattern)
    }

    /** A warning about the calendar itself, as a toast. */
    static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(TOAST, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    /**
     * Takes back the refusal just addressed to {@code key} ({@link #DIALOG} or {@link #TOAST}), for a
     * refusal the dialog shows its own way (the same-day warning, beside its confirm button): said once.
     */
    static void withdraw(String key) {
        for (Iterator<FacesMessage> messages = FacesContext.getCurrentInstance().getMessages(key); messages.hasNext();) {
            messages.next();
            messages.remove();
        }
    }

    /** Moves the messages just added for the whole page to the given key. */
    private static void readdress(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        List<FacesMessage> moved = new ArrayList<>();
        for (Iterator<FacesMessage> messages = context.getMessages(null); messages.hasNext();) {
            moved.add(messages.next());
            messages.remove();
        }
        moved.forEach(message -> context.addMessage(key, message));
    }
}
