package org.artclinic.clinic.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An error page ("Page expired", "Something went wrong") is a page of its own, not a postback of
 * the form whose request failed: on the error dispatch the failed request's parameters are hidden.
 * Without this, Faces takes the failed form's view state for the error page's, and PrimeFaces' CSP
 * mode then asks the error page for that form's nonce, which a stale or forged post does not have
 * (and the error page would fail itself).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR, asyncSupported = true)
public class ErrorPageRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        }, response);
    }
}
