package org.artclinic.clinic.audit;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Audits each page refused for the user's role, as the container shows its "Not allowed" page. */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR, asyncSupported = true)
public class DeniedPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeniedAccess denied;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && code == HttpServletResponse.SC_FORBIDDEN) {
            denied.record(request, "page " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        chain.doFilter(request, response);
    }
}
