package org.artclinic.clinic.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for the per-address sign-in limits and the log (decision 0026).
 *
 * <p>Behind a reverse proxy every connection comes from the proxy. A connection from this machine
 * itself (a loopback address, or the address it was received on) is a proxy on the same machine,
 * the most common set-up, and is trusted without configuration: only a process on this machine can
 * open one. A proxy elsewhere is listed in {@code clinic.sign-in.trusted-proxies}
 * (comma-separated addresses). For a request from a trusted proxy, the client is the right-most
 * {@code X-Forwarded-For} hop that is not itself a trusted proxy; the left part of that header is
 * whatever the client wrote, so it is never believed. Everyone else's header is ignored.
 *
 * <p>A request from this machine without a forwarded client (someone at the server's console, a
 * health check, the in-container tests) has no per-address limit; the per-user-name limit holds.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "clinic.sign-in.trusted-proxies", defaultValue = " ")
    private String trustedProxiesSetting;

    /** The client's address, or empty when the request comes from this machine itself (not limited). */
    public Optional<String> limitedAddressOf(HttpServletRequest request) {
        String client = addressOf(request);
        return client == null || isThisMachine(client, request) ? Optional.empty() : Optional.of(client);
    }

    /** The client's address as far as it can be trusted. */
    public String addressOf(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        Set<String> listed = listedProxies();
        if (remote == null || !isTrustedProxy(remote, listed, request)) {
            return remote;
        }
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrustedProxy(hops.get(i), listed, request)) {
                return hops.get(i);
            }
        }
        return remote;
    }

    private static boolean isTrustedProxy(String address, Set<String> listed, HttpServletRequest request) {
        return listed.contains(address) || isThisMachine(address, request);
    }

    private static boolean isThisMachine(String address, HttpServletRequest request) {
        return address.equals(request.getLocalAddr()) || isLoopback(address);
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        return Collections.list(request.getHeaders("X-Forwarded-For")).stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
    }

    private Set<String> listedProxies() {
        return Arrays.stream(trustedProxiesSetting.split(","))
                .map(String::strip)
                .filter(proxy -> !proxy.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isLoopback(String address) {
        try {
            // only a literal address is parsed; a name is never looked up in DNS
            return address.matches("[0-9a-fA-F:.]+") && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
