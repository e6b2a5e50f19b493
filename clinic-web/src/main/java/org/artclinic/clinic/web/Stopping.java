package org.artclinic.clinic.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

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
 */
@WebListener
public class Stopping implements ServletContextListener {

    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    /** Seconds a caller should wait: a restart takes about half a minute. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** What a request met while the application stops is told (the API's message; the page says the same). */
    public static final String MESSAGE =
            "The clinic is restarting. Nothing was saved from this request; send it again in half a minute.";

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
            } catch (IOException | ServletException | RuntimeException e) {
                // a request already under way when the stop began, whose services shut down under it
                // (the later filters' and the page's EJBs): nothing was promised, so the caller is told
                // to send it again instead of getting the server's bare 500 (ShutdownIT)
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
     * message or the page's. Also given by the sign-in check (ApiAuthenticationMechanism), which runs
     * before this filter and would otherwise start a password check on a server that is going away.
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Connection", "close");
        FilterAnswers.refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MESSAGE);
    }
}
