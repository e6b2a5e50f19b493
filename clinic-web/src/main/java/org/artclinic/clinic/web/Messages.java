package org.artclinic.clinic.web;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Looks up user-visible text in the resource bundle and shows it as a Faces message. */
public final class Messages {

    public static final String BUNDLE = "org.artclinic.clinic.web.messages";

    /** The common bundle first, then one per feature (see faces-config.xml). */
    private static final java.util.List<String> BUNDLES = java.util.List.of(BUNDLE,
            "org.artclinic.clinic.web.patients", "org.artclinic.clinic.web.scheduling",
            "org.artclinic.clinic.web.setup", "org.artclinic.clinic.web.outcome");

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        java.util.Locale locale = context.getViewRoot() == null
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
            throw new java.util.MissingResourceException("No text for " + key, BUNDLE, key);
        }
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Shows a message that already is in words for the user, such as a domain rule's message. */
    public static void errorText(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
