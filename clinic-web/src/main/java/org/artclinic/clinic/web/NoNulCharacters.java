package org.artclinic.clinic.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request whose query or form parameters hold the NUL character (U+0000) with 400:
 * PostgreSQL cannot store it in text, so a name or a search with one failed with a server error
 * there (the hostile-input suite found it). A page gets the error page, the API its JSON error.
 * JSON bodies are checked by {@code org.artclinic.clinic.api.WellFormedText}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NoNulCharacters extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String MESSAGE = "The request holds a NUL character (U+0000), which cannot be stored. "
            + "Remove it and send again.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (holdsNul(request)) {
            FilterAnswers.refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
            return true;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false; // only a form's body is read here; JSON is checked as JSON
        }
        if (request.getCharacterEncoding() == null) {
            try {
                // the pages are UTF-8, so their forms post UTF-8; read before Faces would set it, so set it here
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException("Every Java has UTF-8", e);
            }
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
