package org.artclinic.clinic.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Base64;
import java.util.Properties;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.artclinic.clinic.security.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The demo accounts' kept password hash (issue 14: hashing it again cost 2.3 s of each quick start)
 * must be the hash of the published demo password, at the iterations a server uses by default, so
 * that the demo users of a quick start can sign in and it is really used.
 */
class DemoPasswordHashTest {

    @Test
    void theKeptHashIsTheDemoPasswordsAtTheDefaultIterations() throws Exception {
        String[] parts = DemoDataSeeder.DEMO_PASSWORD_HASH.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        int iterations = Integer.parseInt(parts[1]);
        assertEquals(defaultIterations(), iterations, "made with the iterations a server uses unless told otherwise");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = SecretKeyFactory.getInstance(parts[0]).generateSecret(
                new PBEKeySpec(DemoDataSeeder.DEMO_PASSWORD.toCharArray(), salt, iterations, expected.length * 8))
                .getEncoded();
        assertArrayEquals(expected, actual, "the kept hash is the hash of " + DemoDataSeeder.DEMO_PASSWORD);
    }

    @Test
    void theKeptHashIsUsedOnlyByAServerWithTheSameIterations() throws Exception {
        assertTrue(hasher(defaultIterations()).isCurrent(DemoDataSeeder.DEMO_PASSWORD_HASH), "a default server");
        assertFalse(hasher(1_000).isCurrent(DemoDataSeeder.DEMO_PASSWORD_HASH),
                "a test server with fewer iterations hashes the password itself, so its sign-ins stay fast");
        assertFalse(hasher(1_000_000).isCurrent(DemoDataSeeder.DEMO_PASSWORD_HASH), "a server with more: outdated");
        assertFalse(hasher(defaultIterations()).isCurrent("not a hash"));
        assertFalse(hasher(defaultIterations()).isCurrent(null));
    }

    /**
     * The iterations a server uses unless told otherwise: the application's own configuration file
     * sets them, and the property's default must say the same.
     */
    private static int defaultIterations() throws IOException, NoSuchFieldException {
        Properties config = new Properties();
        try (InputStream in = PasswordHasher.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        int configured = Integer.parseInt(config.getProperty("clinic.security.pbkdf2-iterations"));
        Field field = PasswordHasher.class.getDeclaredField("iterations");
        assertEquals(configured, Integer.parseInt(field.getAnnotation(ConfigProperty.class).defaultValue()),
                "the configuration file and the property's default agree");
        return configured;
    }

    private static PasswordHasher hasher(int iterations) throws ReflectiveOperationException {
        PasswordHasher hasher = new PasswordHasher();
        Field field = PasswordHasher.class.getDeclaredField("iterations");
        field.setAccessible(true);
        field.setInt(hasher, iterations);
        return hasher;
    }
}
