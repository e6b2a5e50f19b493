package org.artclinic.clinic.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

import org.artclinic.clinic.common.DomainException;
import org.primefaces.PrimeFaces;

/**
 * The one way pages show feedback: looks up user-visible text in the resource bundles and shows it
 * as a Faces message in the page's feedback area.
 *
 * <p>{@link #info}, {@link #error} and {@link #errorText} are for the response being rendered now
 * (an ajax update, or a page that stays where it is). A message kept in the flash on a request
 * that does not redirect is shown twice, now and again on the next page, so only
 * {@link #infoAfterRedirect} keeps one, for an action that answers with a redirect.
 */
public final class Messages {

    public static final String BUNDLE = "org.artclinic.clinic.web.messages";

    /** The common bundle first, then one per feature (see faces-config.xml). */
    private static final List<String> BUNDLES = List.of(BUNDLE,
            "org.artclinic.clinic.web.patients", "org.artclinic.clinic.web.scheduling",
            "org.artclinic.clinic.web.setup", "org.artclinic.clinic.web.intake", "org.artclinic.clinic.web.outcome",
            "org.artclinic.clinic.web.visits", "org.artclinic.clinic.web.protocol",
            "org.artclinic.clinic.web.plans", "org.artclinic.clinic.web.prog",
            "org.artclinic.clinic.web.claims", "org.artclinic.clinic.web.billing", "org.artclinic.clinic.web.audit");

    private Messages() {
    }

    /**
     * The text of {@code key} with its arguments; an argument that is a {@link Supplier} is read now,
     * e.g. a count that a change produces, for a confirmation written before the change ran.
     */
    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() == null
                ? context.getApplication().getDefaultLocale()
                : context.getViewRoot().getLocale();
        String pattern = null;
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale);
            if (bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        if (pattern == null) {
            throw new MissingResourceException("No text for " + key, BUNDLE, key);
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i] instanceof Supplier<?> later ? later.get() : arguments[i];
        }
        return MessageFormat.format(pattern, values); // a number stays a number, for {0,choice,...}
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        errorText(text(key, arguments));
    }

    /** Shows a message that already is in words for the user, such as a domain rule's message. */
    public static void errorText(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** A confirmation for the page the action redirects to (kept in the flash for one redirect). */
    public static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        keepForRedirect();
    }

    /** Keeps the messages just added (e.g. a change's confirmation) for the page the action redirects to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * Runs one change and tells the user how it went: the confirmation {@code doneKey} when it was
     * saved; the rule's own words when the service refused it (nothing is saved then); the
     * "someone else changed this" message when a concurrent save won at commit time. A refusal
     * marks the request as failed validation, and success is signalled to the page as the ajax
     * callback parameter {@code saved}, so that a dialog closes only when its content was saved.
     *
     * @return true when the change was saved
     */
    public static boolean change(Callable<?> work, String doneKey, Object... arguments) {
        return run(work, result -> text(doneKey, arguments), CONCURRENT_CHANGE) != REFUSED;
    }

    /**
     * {@link #change} for a change whose confirmation tells what the change produced (the booked
     * slot, the score, the new version): {@code confirmation} writes it from the result.
     *
     * @return the result when the change was saved; empty when it was refused
     */
    public static <T> Optional<T> changeReporting(Callable<T> work, Function<? super T, String> confirmation) {
        return changeReporting(work, confirmation, CONCURRENT_CHANGE);
    }

    /**
     * {@link #changeReporting}, with the page's own words {@code concurrentKey} for a save that lost
     * the race with another save of the same record (e.g. "someone else saved this patient").
     */
    public static <T> Optional<T> changeReporting(Callable<T> work, Function<? super T, String> confirmation,
            String concurrentKey) {
        Object result = run(work, confirmation, concurrentKey);
        @SuppressWarnings("unchecked")
        T saved = result == REFUSED ? null : (T) result;
        return Optional.ofNullable(saved);
    }

    /**
     * A read the service may refuse (an unknown id, a slot gone since the page opened): the value;
     * or empty, with the refusal shown in its own words. Nothing was changed, so the request does
     * not fail validation.
     */
    public static <T> Optional<T> read(Callable<T> work) {
        return attempt(work, Messages::errorText);
    }

    /** {@link #read}, with the refusal said in the bundle's words {@code refusedKey} (e.g. "no such patient"). */
    public static <T> Optional<T> read(Callable<T> work, String refusedKey, Object... arguments) {
        return attempt(work, refused -> error(refusedKey, arguments));
    }

    /**
     * {@link #read(Callable, String, Object...)}, except that a refusal of type {@code passOn} goes on
     * to the caller, which shows it its own way (the patient page's break-glass form).
     */
    public static <T> Optional<T> readPassing(Class<? extends DomainException> passOn, Callable<T> work,
            String refusedKey) {
        try {
            return Optional.ofNullable(work.call());
        } catch (DomainException e) {
            if (passOn.isInstance(e)) {
                throw e;
            }
            error(refusedKey);
            return Optional.empty();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #read} whose refusal the page says elsewhere or need not say (an empty suggestion list). */
    public static <T> Optional<T> readQuietly(Callable<T> work) {
        return attempt(work, refused -> {
        });
    }

    /**
     * A step whose refusal the page shows its own way, e.g. beside the row of a form it concerns:
     * the value; or empty, with the refusal's words handed to {@code refused}.
     */
    public static <T> Optional<T> attempt(Callable<T> work, Consumer<String> refused) {
        try {
            return Optional.ofNullable(work.call());
        } catch (DomainException e) {
            refused.accept(e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands for "refused" among a change's results, which may be null. */
    private static final Object REFUSED = new Object();

    private static final String CONCURRENT_CHANGE = "feedback.concurrentChange";

    private static <T> Object run(Callable<T> work, Function<? super T, String> confirmation, String concurrentKey) {
        T result;
        try {
            result = work.call();
        } catch (DomainException refused) {
            refuse(refused.getMessage());
            return REFUSED;
        } catch (EJBException failed) {
            if (!isConcurrentSave(failed)) {
                throw failed;
            }
            refuse(text(concurrentKey));
            return REFUSED;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        add(FacesMessage.SEVERITY_INFO, confirmation.apply(result));
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        }
        return result;
    }

    /** A refusal in words from the bundle, e.g. for a missing field the service cannot check. */
    public static void refuseKey(String key, Object... arguments) {
        refuse(text(key, arguments));
    }

    /** Whether a failed service call lost a race with another save of the same record (optimistic lock). */
    public static boolean isConcurrentSave(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(String text) {
        errorText(text);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
