package org.artclinic.clinic.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.artclinic.clinic.audit.AuditChain.Break;
import org.artclinic.clinic.audit.AuditChain.Link;
import org.junit.jupiter.api.Test;

/** Each way of tampering with sealed audit rows is found, at the first link it breaks. */
class AuditChainTest {

    /** Five sealed links over five distinct canonical texts. */
    private static List<Link> chain() {
        List<Link> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= 5; i++) {
            String text = "event " + i + " by frontdesk";
            String hash = AuditChain.hash(previous, text);
            links.add(new Link(i, 100 + i, previous, hash, text));
            previous = hash;
        }
        return links;
    }

    @Test
    void anUntouchedChainVerifies() {
        assertTrue(AuditChain.verify(0, AuditChain.GENESIS, chain()).isEmpty());
        List<Link> links = chain();
        assertTrue(AuditChain.verify(2, links.get(1).hash(), links.subList(2, 5)).isEmpty(),
                "a later part, from the link before it");
    }

    @Test
    void aChangedEventBreaksItsOwnLink() {
        List<Link> links = chain();
        Link third = links.get(2);
        links.set(2, new Link(3, third.eventId(), third.previousHash(), third.hash(), "event 3 by someone else"));
        Break broken = AuditChain.verify(0, AuditChain.GENESIS, links).orElseThrow();
        assertEquals(3, broken.position());
        assertEquals(103, broken.eventId());
        assertTrue(broken.reason().contains("changed after it was sealed"), broken.reason());
    }

    @Test
    void aRemovedEventOrARemovedLinkIsFound() {
        List<Link> links = chain();
        links.set(1, new Link(2, 102, links.get(1).previousHash(), links.get(1).hash(), null));
        assertTrue(AuditChain.verify(0, AuditChain.GENESIS, links).orElseThrow().reason().contains("was removed"));

        List<Link> gap = chain();
        gap.remove(3);
        Break broken = AuditChain.verify(0, AuditChain.GENESIS, gap).orElseThrow();
        assertEquals(4, broken.position());
        assertTrue(broken.reason().contains("missing"), broken.reason());
    }

    @Test
    void aLinkRewrittenWithAFreshHashNoLongerFollowsTheOneBefore() {
        // someone replaces event 2 and recomputes its seal from a made-up predecessor
        List<Link> links = chain();
        String forged = AuditChain.hash("f".repeat(64), "event 2 rewritten");
        links.set(1, new Link(2, 102, "f".repeat(64), forged, "event 2 rewritten"));
        Break broken = AuditChain.verify(0, AuditChain.GENESIS, links).orElseThrow();
        assertEquals(2, broken.position());
        assertTrue(broken.reason().contains("does not follow"), broken.reason());
    }

    @Test
    void theCanonicalTextOfAnEventCoversEveryField() {
        Instant at = Instant.parse("2026-12-03T10:15:30.123456789Z");
        AuditEvent a = AuditEvent.of(at, "frontdesk", AuditAction.VIEW, "PatientService.find").patient(7L)
                .record("Patient", 7).address("10.0.0.5").build();
        AuditEvent b = AuditEvent.of(at, "frontdesk", AuditAction.VIEW, "PatientService.find").patient(8L)
                .record("Patient", 7).address("10.0.0.5").build();
        assertNotEquals(a.canonical(), b.canonical(), "another patient, another text");
        assertEquals(Instant.parse("2026-12-03T10:15:30.123456Z"), a.getAt(), "kept to the microsecond, as stored");
        // a value cannot shift into the next field: lengths separate them
        AuditEvent c = AuditEvent.of(at, "front", AuditAction.VIEW, "x").roles("desk|").build();
        AuditEvent d = AuditEvent.of(at, "front|desk", AuditAction.VIEW, "x").build();
        assertNotEquals(c.canonical(), d.canonical());
    }

    @Test
    void longTextIsCutAndSaysSo() {
        AuditEvent e = AuditEvent.of(Instant.EPOCH, "admin", AuditAction.UPDATE, "x")
                .change("a".repeat(5000), "b").build();
        assertEquals(AuditEvent.MAX_TEXT, e.getBefore().length());
        assertTrue(e.getBefore().endsWith("(cut)"));
    }
}
