package org.artclinic.clinic.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final String SERVER = "10.0.0.5";

    @Test
    void aClientsOwnForwardedForHeaderIsIgnored() throws Exception {
        assertEquals(Optional.of("198.51.100.7"),
                address(" ").limitedAddressOf(request("198.51.100.7", "203.0.113.1")));
    }

    @Test
    void aProxyOnThisMachineIsTrustedAndTheRightMostUntrustedHopIsTheClient() throws Exception {
        ClientAddress address = address(" ");
        // the client wrote "203.0.113.1" itself; the proxy appended the address it saw
        assertEquals(Optional.of("198.51.100.7"),
                address.limitedAddressOf(request("127.0.0.1", "203.0.113.1, 198.51.100.7")));
        assertEquals(Optional.of("198.51.100.7"), address.limitedAddressOf(request(SERVER, "198.51.100.7")));
        assertEquals(Optional.of("2001:db8::7"), address.limitedAddressOf(request("::1", "2001:db8::7")));
    }

    @Test
    void aListedProxyElsewhereIsTrustedAndAnUnlistedOneIsTheClient() throws Exception {
        assertEquals(Optional.of("198.51.100.7"),
                address("192.0.2.10, 192.0.2.11").limitedAddressOf(request("192.0.2.10", "198.51.100.7, 192.0.2.11")));
        assertEquals(Optional.of("192.0.2.10"), address(" ").limitedAddressOf(request("192.0.2.10", "198.51.100.7")));
    }

    @Test
    void thisMachineWithoutAForwardedClientHasNoAddressLimit() throws Exception {
        assertEquals(Optional.empty(), address(" ").limitedAddressOf(request("127.0.0.1", null)));
        assertEquals(Optional.empty(), address(" ").limitedAddressOf(request(SERVER, null)));
        assertEquals(Optional.empty(), address(" ").limitedAddressOf(request(SERVER, "127.0.0.1")));
    }

    private static ClientAddress address(String trustedProxies) throws Exception {
        ClientAddress address = new ClientAddress();
        Field setting = ClientAddress.class.getDeclaredField("trustedProxiesSetting");
        setting.setAccessible(true);
        setting.set(address, trustedProxies);
        return address;
    }

    /** A request received on {@link #SERVER} from {@code remote}, with an X-Forwarded-For header or none. */
    private static HttpServletRequest request(String remote, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getLocalAddr" -> SERVER;
                    case "getHeaders" -> Collections.enumeration(
                            forwardedFor == null ? List.of() : List.of(forwardedFor));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
