package org.artclinic.clinic.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.Json;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A graceful stop (issue 15, decision 0042). On SIGTERM the JVM runs its shutdown hooks: Payara's
 * waits its shutdown grace period ({@code --shutdowngrace}) so that requests being served finish,
 * and this one marks the application as stopping, so that requests arriving meanwhile are answered
 * 503 with Retry-After at once (a load balancer sends them to another instance) instead of being
 * started and then cut off when the server goes.
 *
 * <p>Everything a stopping answer needs is made when the application starts. Payara Micro deletes
 * the directory it unpacked the application into as soon as the stop begins, while its grace period
 * still runs, so a class of the application that was not loaded before cannot be loaded then
 * ({@code NoClassDefFoundError}): the answer refusing a request must not need one (decision 0042).
 */
@WebListener
public class Stopping implements ServletContextListener {

    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    /** Seconds a caller should wait: a restart takes about half a minute. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** What a request met while the application stops is told (the API's message; the page says the same). */
    public static final String MESSAGE =
            "The clinic is restarting. Nothing was saved from this request; send it again in half a minute.";

    /** The API's answer while the application stops: its JSON error (a message, no field errors). */
    private static final byte[] API_ANSWER = Json.createObjectBuilder().add("errors", Json.createArrayBuilder())
            .add("message", MESSAGE).build().toString().getBytes(StandardCharsets.UTF_8);

    /**
     * A page's answer while the application stops. The application's error pages are Faces views
     * read from the directory that is gone by then, so this one is whole in itself.
     */
    private static final byte[] PAGE_ANSWER = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Restarting - ART Clinic</title></head>"
            + "<body style=\"font-family: sans-serif; margin: 3rem auto; max-width: 36rem; padding: 0 1rem\">"
            + "<main><h1>The clinic is restarting</h1>"
            + "<p>Nothing was saved from this page's last action. Load the page again in half a minute.</p>"
            + "</main></body></html>").getBytes(StandardCharsets.UTF_8);

    private Thread hook;

    /** Whether the application is stopping (a SIGTERM came); health says DOWN then. */
    public static boolean isStopping() {
        return STOPPING.get();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        STOPPING.set(false);
        hook = new Thread(() -> STOPPING.set(true), "clinic-stopping");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook); // an undeploy, not a stop: no hook left behind
        } catch (IllegalStateException stoppingAlready) {
            // the JVM is shutting down: the hook has run
        }
    }

    /** Answers requests that arrive while the application stops. */
    @WebFilter(urlPatterns = "/*", asyncSupported = true)
    public static class Refuse extends HttpFilter {

        private static final long serialVersionUID = 1L;


        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (isStopping()) {
                refuse(request, response);
                return;
            }
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException | LinkageError e) {
                // a request already under way when the stop began, whose services shut down under it
                // (the later filters' and the page's EJBs) or whose classes can no longer be loaded:
                // nothing was promised, so the caller is told to send it again instead of getting the
                // server's bare 500 (CrashIT, its SIGTERM test)
                if (!isStopping() || response.isCommitted()) {
                    throw e;
                }
                response.reset();
                refuse(request, response);
            }
        }
    }

    /**
     * The answer to a request met while the application stops: 503 with Retry-After, the API's JSON
     * message or a page saying the same. Also given by the sign-in check (ApiAuthenticationMechanism),
     * which runs before this filter and would otherwise start a password check on a server that is
     * going away, and by the API's error mapper for a call the stop cut short.
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        boolean api = "/api".equals(request.getServletPath());
        byte[] body = api ? API_ANSWER : PAGE_ANSWER;
        response.setContentType(api ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The API's JSON answer while the application stops, for the error mapper to send as it is. */
    public static byte[] apiAnswer() {
        return API_ANSWER.clone();
    }
}
