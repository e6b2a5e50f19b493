package org.artclinic.clinic.audit;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.artclinic.clinic.security.ClientAddress;

/**
 * Tells the audit trail which address each request comes from (the client's, through a trusted
 * proxy where one is configured), for the rows the services' calls write during it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AuditAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AuditContext.enter(clientAddress.addressOf(request));
        try {
            chain.doFilter(request, response);
        } finally {
            AuditContext.leave();
        }
    }
}
