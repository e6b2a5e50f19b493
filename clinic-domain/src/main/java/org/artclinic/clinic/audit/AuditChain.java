package org.artclinic.clinic.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail's tamper evidence (ONC 170.315(d)(2) and (d)(10): audit log integrity, "a
 * hashing algorithm with a strength equal to or greater than SHA-2"): each event is sealed at a
 * position of a chain, its seal's hash is SHA-256 over the previous seal's hash and the event's
 * canonical text. Changing an event's text, removing an event, removing or reordering seals, or
 * cutting the end of the chain (the chain head keeps the last position and hash) breaks a link, and
 * {@link #verify} names the first broken one.
 */
public final class AuditChain {

    /** The hash before the first link. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A seal as read back, with its event's canonical text as read now (null when the event is gone). */
    public record Link(long position, long eventId, String previousHash, String hash, String eventCanonical) {
    }

    /** Where the chain breaks first, and why. */
    public record Break(long position, long eventId, String reason) {
    }

    /**
     * Checks links that follow the link at {@code lastPosition} with hash {@code lastHash} (0 and
     * {@link #GENESIS} from the start); the first break, or empty. The links must be in position order.
     */
    public static Optional<Break> verify(long lastPosition, String lastHash, List<Link> links) {
        long expected = lastPosition + 1;
        String previous = lastHash;
        for (Link link : links) {
            if (link.position() != expected) {
                return Optional.of(new Break(expected, link.eventId(), "the link at position " + expected
                        + " is missing (the next one is at " + link.position() + ")"));
            }
            if (!link.previousHash().equals(previous)) {
                return Optional.of(new Break(link.position(), link.eventId(), "it does not follow the link before it"));
            }
            if (link.eventCanonical() == null) {
                return Optional.of(new Break(link.position(), link.eventId(), "audit event " + link.eventId()
                        + " was removed"));
            }
            if (!hash(previous, link.eventCanonical()).equals(link.hash())) {
                return Optional.of(new Break(link.position(), link.eventId(), "audit event " + link.eventId()
                        + " was changed after it was sealed"));
            }
            previous = link.hash();
            expected++;
        }
        return Optional.empty();
    }
}
