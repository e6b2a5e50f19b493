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

        /** Seconds a caller should wait: a restart takes about half a minute. */
        static final int RETRY_AFTER_SECONDS = 30;

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!isStopping()) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            response.setHeader("Connection", "close");
            FilterAnswers.refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The clinic is restarting. Nothing was saved from this request; send it again in half a minute.");
        }
    }
}
