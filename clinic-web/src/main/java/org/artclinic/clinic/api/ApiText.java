package org.artclinic.clinic.api;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The API's own user-visible text (messages that do not come from a domain rule). */
public final class ApiText {

    private static final String BUNDLE = "org.artclinic.clinic.api.api";

    private ApiText() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE).getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
