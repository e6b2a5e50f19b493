package org.artclinic.clinic.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.artclinic.clinic.web.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits of a signed-in page session besides the idle timeout (decision 0027), from
 * configuration: {@code clinic.session.recheck-seconds} (default 60), how often a session reads its
 * account again, so that deactivating a user, resetting their password or changing their roles
 * reaches their open sessions; {@code clinic.session.max-lifetime-hours} (default 12), how long a
 * session may last after its sign-in however active it is. Also ends a session: the user is sent
 * to the login page, which says why.
 */
@ApplicationScoped
public class SessionLimits {

    /** Why a session was ended, as the login page's {@code ended} parameter names it. */
    public enum Ending {
        REVOKED("revoked", "login.revoked"),
        LIFETIME("lifetime", "login.lifetime");

        private final String parameter;
        private final String messageKey;

        Ending(String parameter, String messageKey) {
            this.parameter = parameter;
            this.messageKey = messageKey;
        }
    }

    @Inject
    @ConfigProperty(name = "clinic.session.recheck-seconds", defaultValue = "60")
    private long recheckSeconds;

    @Inject
    @ConfigProperty(name = "clinic.session.max-lifetime-hours", defaultValue = "12")
    private long maxLifetimeHours;

    private SessionPolicy policy;

    @PostConstruct
    void readSettings() {
        policy = new SessionPolicy(Duration.ofSeconds(Math.max(1, recheckSeconds)),
                Duration.ofHours(Math.max(1, maxLifetimeHours)));
    }

    public SessionPolicy policy() {
        return policy;
    }

    /**
     * Invalidates {@code session} and answers the request with the way to the login page: a
     * redirect, or for a JSF ajax request (PrimeFaces) the partial response that makes the page
     * go there, since an ajax call cannot follow an HTML redirect to a page.
     */
    public void end(HttpServletRequest request, HttpServletResponse response, HttpSession session, Ending why) {
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"))
                || "true".equals(request.getParameter("jakarta.faces.partial.ajax"));
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // another request of the same session (a second tab) ended it a moment ago
        }
        String login = request.getContextPath() + StartPages.LOGIN + "?ended=" + why.parameter;
        try {
            if (ajax) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<partial-response><redirect url=\"" + login + "\"/></partial-response>");
                response.flushBuffer();
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            // the client went away; the session is ended all the same
        }
    }

    /** The login page's explanation for {@code ended} (a parameter of its URL), if it names an ending. */
    void explain(String ended) {
        for (Ending ending : Ending.values()) {
            if (ending.parameter.equals(ended)) {
                Messages.info(ending.messageKey, policy.maxLifetime().toHours());
            }
        }
    }
}
