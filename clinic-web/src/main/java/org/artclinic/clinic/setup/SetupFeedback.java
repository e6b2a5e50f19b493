package org.artclinic.clinic.setup;

import java.util.concurrent.Callable;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * Runs one change of a set-up page and tells the user how it went: a confirmation from the
 * bundle when it worked; the service's own words when a rule refused it (nothing is saved then);
 * a "someone else changed it" message when a concurrent save won the race at commit time.
 * Signals success to the page as the ajax callback parameter {@code saved}, so a dialog closes
 * only when its content was saved.
 *
 * <p>Messages are added for the current response only (no flash), since these pages do not
 * redirect after an ajax change.
 */
final class SetupFeedback {

    private SetupFeedback() {
    }

    /** @return true when the change was saved */
    static boolean change(Callable<?> work, String doneKey, Object... arguments) {
        try {
            work.call();
        } catch (DomainException refused) {
            error(refused.getMessage());
            return false;
        } catch (EJBException failed) {
            if (!causedByConcurrentSave(failed)) {
                throw failed;
            }
            error(Messages.text("setup.concurrentChange"));
            return false;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        add(FacesMessage.SEVERITY_INFO, Messages.text(doneKey, arguments));
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        }
        return true;
    }

    /** A refusal in words from the bundle, e.g. for a missing field the service cannot check. */
    static void errorKey(String key, Object... arguments) {
        error(Messages.text(key, arguments));
    }

    private static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static boolean causedByConcurrentSave(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
