package org.artclinic.clinic.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a servlet filter refuses a request before the application handles it: an API call gets the
 * API's JSON error (a message and no field errors), a page gets the container's error page for the
 * status.
 */
final class FilterAnswers {

    private FilterAnswers() {
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        if ("/api".equals(request.getServletPath())) {
            byte[] body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder()).add("message", message)
                    .build().toString().getBytes(StandardCharsets.UTF_8);
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } else {
            response.sendError(status);
        }
    }
}
