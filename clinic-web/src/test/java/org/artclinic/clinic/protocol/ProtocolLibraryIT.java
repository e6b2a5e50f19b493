package org.artclinic.clinic.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.intake.Side;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The protocol library through the real service, database and REST API: the library every
 * installation starts with covers the article's conditions, the filters find what a practitioner
 * looks for, administrators change it with optimistic locking and never delete, a wrong import file
 * changes nothing, and an export imports back unchanged.
 */
@ExtendWith(ArquillianExtension.class)
class ProtocolLibraryIT {

    @EJB
    private ProtocolLibrary library;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private AsFrontDesk asFrontDesk;

    @ArquillianResource
    private URL base;

    /** Condition, code prefix, region, a protocol that must be among them. */
    private static final List<Object[]> CONDITIONS = List.of(
            new Object[] {"carpal tunnel", "G56.0", BodyRegion.WRIST_HAND, "Median nerve at the carpal tunnel"},
            new Object[] {"lateral epicondylitis", "M77.1", BodyRegion.ELBOW, "Extensor carpi radialis brevis"},
            new Object[] {"medial epicondylitis", "M77.0", BodyRegion.ELBOW, "Pronator teres"},
            new Object[] {"plantar fasciitis", "M72.2", BodyRegion.ANKLE_FOOT, "Plantar fascia"},
            new Object[] {"shin splints", "M76.8", BodyRegion.ANKLE_FOOT, "Tibialis posterior"},
            new Object[] {"shin pain", "M79.6", BodyRegion.ANKLE_FOOT, "Tibialis anterior"},
            new Object[] {"sciatica", "M54.3", BodyRegion.HIP, "Piriformis"},
            new Object[] {"lumbago with sciatica", "M54.4", BodyRegion.HIP, "Sciatic nerve at the piriformis"},
            new Object[] {"tension headache", "G44.2", BodyRegion.HEAD, "Temporalis"},
            new Object[] {"tension headache from the neck", "G44.2", BodyRegion.NECK, "Suboccipital muscles"},
            new Object[] {"chronic neck pain", "M54.2", BodyRegion.NECK, "Upper trapezius"},
            new Object[] {"mechanical low back pain", "M54.5", BodyRegion.LOW_BACK, "Quadratus lumborum"},
            new Object[] {"rotator cuff tendinopathy", "M75.1", BodyRegion.SHOULDER, "Supraspinatus"},
            new Object[] {"impingement", "M75.4", BodyRegion.SHOULDER, "Pectoralis minor"},
            new Object[] {"hip flexor strain", "S76.0", BodyRegion.HIP, "Psoas major"},
            new Object[] {"adductor strain", "S76.2", BodyRegion.HIP, "Adductor longus"});

    @Test
    void theLibraryEveryClinicStartsWithCoversTheArticlesConditions() throws Exception {
        long total = asPractitioner.call(() -> library.count(ProtocolFilter.ALL_ACTIVE));
        assertTrue(total >= 80, "protocols: " + total);
        for (Object[] condition : CONDITIONS) {
            ProtocolFilter filter = new ProtocolFilter((BodyRegion) condition[2], null, null, null,
                    (String) condition[1], null, false);
            List<String> names = asPractitioner.call(() -> library.search(filter, 0, 100)).stream()
                    .map(Protocol::getName).toList();
            assertTrue(names.contains((String) condition[3]), condition[0] + " " + condition[1] + ": " + names);
        }
    }

    @Test
    void aPractitionerFiltersByRegionTissueStructureCodeAndName() throws Exception {
        List<Protocol> nerves = asPractitioner.call(() -> library.search(
                new ProtocolFilter(null, null, Tissue.NERVE, null, null, null, false), 0, 100));
        assertFalse(nerves.isEmpty());
        assertTrue(nerves.stream().allMatch(p -> p.getTissue() == Tissue.NERVE
                && p.getRegionGroup() == RegionGroup.NERVE_ENTRAPMENT));

        List<String> supra = names(new ProtocolFilter(null, null, null, null, null, "supra", false));
        assertTrue(supra.containsAll(List.of("Supraspinatus", "Supraspinatus tendon")), supra.toString());

        List<String> byWord = names(new ProtocolFilter(null, null, null, null, null, "nerve", false));
        assertTrue(byWord.contains("Median nerve at the carpal tunnel"), "a word inside the name: " + byWord);

        List<String> tendons = names(new ProtocolFilter(BodyRegion.ELBOW, RegionGroup.UPPER_EXTREMITY, Tissue.TENDON,
                "epicondyle", "m77", null, false));
        assertEquals(List.of("Common extensor tendon", "Common flexor tendon"), tendons);

        long page = asPractitioner.call(() -> library.search(ProtocolFilter.ALL_ACTIVE, 20, 20)).size();
        assertEquals(20, page, "a page of twenty after the first twenty");

        Protocol median = asPractitioner.call(() -> library.search(
                new ProtocolFilter(null, null, null, null, null, "median nerve at the carpal", false), 0, 1)).get(0);
        assertTrue(median.suggestions().stream().map(Protocol::getName).toList()
                .contains("Transverse carpal ligament"), "what to treat next");
        assertTrue(median.allowsSide(Side.LEFT) && median.allowsSide(Side.RIGHT));
    }

    @Test
    void anAdministratorAddsEditsRetiresAndReactivatesAndAStaleCopyIsRefused() throws Exception {
        String name = unique("Test rhomboid");
        long linkTo = asAdmin.call(() -> library.search(
                new ProtocolFilter(null, null, null, null, null, "levator scapulae", false), 0, 1)).get(0).getId();
        Protocol created = asAdmin.call(() -> library.create(details(name, "M54.6"), List.of(linkTo)));
        assertEquals(List.of("Levator scapulae"), created.getLinks().stream().map(Protocol::getName).toList());

        DomainException taken = assertThrows(DomainException.class,
                () -> asAdmin.call(() -> library.create(details(name.toUpperCase(), "M54.6"), List.of())));
        assertEquals("A protocol called \"" + name.toUpperCase() + "\" exists already.", taken.getMessage());

        Protocol changed = asAdmin.call(() -> library.update(created.getId(), created.getVersion(),
                details(name, "M54.6", "M54.2"), List.of()));
        assertEquals(List.of("M54.2", "M54.6"), changed.getIndications());
        assertTrue(changed.getVersion() > created.getVersion());

        DomainException stale = assertThrows(DomainException.class, () -> asAdmin.call(() -> library.update(
                created.getId(), created.getVersion(), details(name, "M54.2"), List.of())));
        assertTrue(stale.getMessage().startsWith("Someone else changed " + name), stale.getMessage());
        assertEquals(List.of("M54.2", "M54.6"), library(created.getId()).getIndications(), "nothing saved");

        Protocol retired = asAdmin.call(() -> library.retire(changed.getId(), changed.getVersion()));
        assertTrue(retired.isRetired());
        assertEquals(List.of(), names(new ProtocolFilter(null, null, null, null, null, name, false)));
        assertEquals(List.of(name), names(new ProtocolFilter(null, null, null, null, null, name, true)));
        assertThrows(DomainException.class, () -> asAdmin.call(() -> library.reactivate(changed.getId(),
                changed.getVersion())), "stale");
        assertFalse(asAdmin.call(() -> library.reactivate(retired.getId(), retired.getVersion())).isRetired());

        assertThrows(EJBAccessException.class, () -> asPractitioner.call(() -> library.create(
                details(unique("Practitioner's own"), "M54.2"), List.of())));
        assertThrows(EJBAccessException.class, () -> asFrontDesk.call(() -> library.count(ProtocolFilter.ALL_ACTIVE)));
    }

    @Test
    void aFileWithOneWrongRowIsRefusedWholeAndAGoodOneAddsAndUpdates() throws Exception {
        String added = unique("Import teres");
        String existing = unique("Import existing");
        asAdmin.call(() -> library.create(details(existing, "M54.2"), List.of()));
        ProtocolRecord good = new ProtocolRecord(details(added, "M75.41"), List.of(existing), ProtocolStatus.ACTIVE);
        ProtocolRecord bad = new ProtocolRecord(details(existing, "M54.2"), List.of("No such protocol"),
                ProtocolStatus.ACTIVE);
        String csv = ProtocolFile.write(List.of(good, bad), ProtocolFile.Format.CSV).replace("UPPER_BACK,", "UPPERBACK,");

        InvalidProtocolFile refused = assertThrows(InvalidProtocolFile.class,
                () -> asAdmin.call(() -> library.importFile(csv, ProtocolFile.Format.CSV)));
        assertTrue(refused.problems().get(0).startsWith("Row 2: region \"UPPERBACK\""), refused.problems().toString());
        assertEquals(List.of(), names(new ProtocolFilter(null, null, null, null, null, added, true)), "nothing added");

        String linkWrong = ProtocolFile.write(List.of(good, bad), ProtocolFile.Format.CSV);
        InvalidProtocolFile links = assertThrows(InvalidProtocolFile.class,
                () -> asAdmin.call(() -> library.importFile(linkWrong, ProtocolFile.Format.CSV)));
        assertEquals(List.of("Row 3: " + existing + " links to \"No such protocol\", which is neither in the file "
                + "nor in the library."), links.problems());
        assertEquals(List.of(), names(new ProtocolFilter(null, null, null, null, null, added, true)), "nothing added");

        ProtocolRecord update = new ProtocolRecord(details(existing, "M54.2", "M54.6"), List.of(added),
                ProtocolStatus.RETIRED);
        ImportResult result = asAdmin.call(() -> library.importFile(
                ProtocolFile.write(List.of(good, update), ProtocolFile.Format.JSON), ProtocolFile.Format.JSON));
        assertEquals(new ImportResult(1, 1, 0), result);
        Protocol updated = asAdmin.call(() -> library.search(
                new ProtocolFilter(null, null, null, null, null, existing, true), 0, 1)).get(0);
        assertTrue(updated.isRetired());
        assertEquals(List.of(added), updated.getLinks().stream().map(Protocol::getName).toList());
    }

    @Test
    void anExportImportsBackWithoutChangingAnything() throws Exception {
        for (ProtocolFile.Format format : ProtocolFile.Format.values()) {
            String exported = asAdmin.call(() -> library.export(format));
            long total = asAdmin.call(() -> library.count(new ProtocolFilter(null, null, null, null, null, null, true)));
            ImportResult again = asAdmin.call(() -> library.importFile(exported, format));
            assertEquals(new ImportResult(0, 0, (int) total), again, format.name());
        }
    }

    // ---- REST

    @Test
    void practitionersReadTheLibraryOverRestAndOtherRolesAreRefused() throws Exception {
        HttpResponse<String> list = new ApiClient(base, "practitioner").get("api/protocols?region=WRIST_HAND&q=median");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().startsWith("["), list.body());
        List<String> items = ApiClient.objects(list.body());
        String first = list.body();
        assertTrue(first.contains("\"name\":\"Median nerve at the carpal tunnel\""), first);
        for (String field : List.of("id", "name", "regionGroup", "region", "structure", "tissue", "sides")) {
            assertTrue(first.contains("\"" + field + "\":"), field + " in " + first);
        }
        assertTrue(first.contains("\"regionGroup\":\"NERVE_ENTRAPMENT\""), first);
        assertFalse(items.isEmpty());
        assertEquals("400", String.valueOf(new ApiClient(base, "practitioner")
                .get("api/protocols?region=FOOT").statusCode()));

        for (String user : List.of("frontdesk", "manager")) {
            assertEquals(403, new ApiClient(base, user).get("api/protocols").statusCode(), user);
            assertEquals(403, new ApiClient(base, user).get("api/protocols/export?format=csv").statusCode(), user);
        }
        assertEquals(403, new ApiClient(base, "practitioner").post("api/protocols", json(unique("Nope"), null))
                .statusCode());
    }

    @Test
    void anAdministratorChangesTheLibraryOverRest() throws Exception {
        ApiClient admin = new ApiClient(base, "admin");
        String name = unique("Rest teres");
        HttpResponse<String> created = admin.post("api/protocols", json(name, null));
        assertEquals(201, created.statusCode(), created.body());
        String id = ApiClient.field(created.body(), "id");
        long version = Long.parseLong(ApiClient.field(created.body(), "version"));

        HttpResponse<String> changed = admin.put("api/protocols/" + id, json(name, version).replace("M54.6", "M54.2"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"indications\":[\"M54.2\"]"), changed.body());
        HttpResponse<String> stale = admin.put("api/protocols/" + id, json(name, version));
        assertEquals(400, stale.statusCode(), stale.body());
        assertTrue(ApiClient.field(stale.body(), "message").contains("Someone else changed"), stale.body());

        long current = Long.parseLong(ApiClient.field(changed.body(), "version"));
        HttpResponse<String> retired = admin.post("api/protocols/" + id + "/retire", "{\"version\": " + current + "}");
        assertEquals(200, retired.statusCode(), retired.body());
        assertEquals("true", ApiClient.field(retired.body(), "retired"));
        HttpResponse<String> back = admin.post("api/protocols/" + id + "/reactivate",
                "{\"version\": " + ApiClient.field(retired.body(), "version") + "}");
        assertEquals("false", ApiClient.field(back.body(), "retired"), back.body());

        HttpResponse<String> missing = admin.post("api/protocols", "{\"name\": \"X\", \"sides\": [\"UP\"]}");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("\"field\":\"region\""), missing.body());
        assertTrue(missing.body().contains("\"field\":\"sides\""), missing.body());

        HttpResponse<String> csv = admin.get("api/protocols/export?format=csv", "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith(String.join(",", ProtocolFile.COLUMNS)), csv.body().substring(0, 200));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("protocol-library.csv"));

        HttpResponse<String> imported = admin.post("api/protocols/import", "text/csv", csv.body());
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals("0", ApiClient.field(imported.body(), "added"), imported.body());
        assertEquals("0", ApiClient.field(imported.body(), "updated"), imported.body());

        String broken = csv.body().replaceFirst("\r\n([^,]*),SPINE,", "\r\n$1,SPINAL,");
        HttpResponse<String> refused = admin.post("api/protocols/import", "text/csv", broken);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"row "), refused.body());
        assertTrue(refused.body().contains("regionGroup \\\"SPINAL\\\" is not one of"), refused.body());

        // the same library as JSON comes back unchanged too
        HttpResponse<String> json = admin.get("api/protocols/export?format=json", "application/json");
        assertEquals(200, json.statusCode(), json.body());
        HttpResponse<String> again = admin.post("api/protocols/import", "application/json", json.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("0", ApiClient.field(again.body(), "updated"), again.body());
    }

    // ---- helpers

    private List<String> names(ProtocolFilter filter) throws Exception {
        return asPractitioner.call(() -> library.search(filter, 0, 100)).stream().map(Protocol::getName).toList();
    }

    private Protocol library(long id) throws Exception {
        return asPractitioner.call(() -> library.find(id));
    }

    private static ProtocolDetails details(String name, String... codes) {
        return new ProtocolDetails(name, RegionGroup.SPINE, BodyRegion.UPPER_BACK, "Rhomboid test structure",
                Tissue.MUSCLE, Set.of(Side.LEFT, Side.RIGHT), "Prone, scapula retracted.", "Thumb at the medial border.",
                "Toward the spine.", "Reach across the body.", 3, List.of(codes), null);
    }

    private static String json(String name, Long version) {
        return """
                {%s"name": "%s", "regionGroup": "SPINE", "region": "UPPER_BACK", "structure": "Rhomboid test",
                 "tissue": "MUSCLE", "sides": ["LEFT", "RIGHT"], "startPosition": "Prone.", "contactPoint": "Thumb.",
                 "tensionDirection": "Toward the spine.", "movement": "Reach across.", "typicalPasses": 3,
                 "indications": ["M54.6"], "linkIds": []}""".formatted(
                version == null ? "" : "\"version\": " + version + ", ", name);
    }

    private static String unique(String name) {
        return name + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
