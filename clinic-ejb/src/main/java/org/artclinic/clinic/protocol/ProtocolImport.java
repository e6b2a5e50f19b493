package org.artclinic.clinic.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Applies a checked file to the library in the caller's transaction: the administrators' import
 * and the start-up seeder share it, so every installation's first start tests the import. A row
 * whose name (ignoring case and accents) is in the library updates that protocol; others are added.
 * Links are resolved after every row is in place, so rows may link to rows further down. Every row
 * is checked first; one wrong row refuses the whole file and changes nothing.
 */
final class ProtocolImport {

    private ProtocolImport() {
    }

    static ImportResult apply(EntityManager em, List<ProtocolFile.Row> rows) {
        Set<String> wanted = new HashSet<>();
        for (ProtocolFile.Row row : rows) {
            wanted.add(Protocol.searchName(row.record().name()));
            row.record().links().forEach(link -> wanted.add(Protocol.searchName(link)));
        }
        Map<String, Protocol> library = new HashMap<>();
        if (!wanted.isEmpty()) {
            em.createNamedQuery(Protocol.NAMED, Protocol.class).setParameter("names", wanted).getResultList()
                    .forEach(p -> library.put(p.getSearchName(), p));
        }
        Set<String> inFile = new HashSet<>();
        rows.forEach(row -> inFile.add(Protocol.searchName(row.record().name())));
        List<String> problems = new ArrayList<>();
        for (ProtocolFile.Row row : rows) {
            ProtocolRecord record = row.record();
            String self = Protocol.searchName(record.name());
            if (record.links().size() > Protocol.MAX_LINKS) {
                problems.add(ProtocolFile.rowText(row.number()) + record.name() + " has more than " + Protocol.MAX_LINKS
                        + " related protocols.");
            }
            for (String link : record.links()) {
                String target = Protocol.searchName(link);
                if (target.equals(self)) {
                    problems.add(ProtocolFile.rowText(row.number()) + record.name() + " links to itself.");
                } else if (!inFile.contains(target) && !library.containsKey(target)) {
                    problems.add(ProtocolFile.rowText(row.number()) + record.name() + " links to \"" + link
                            + "\", which is neither in the file nor in the library.");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProtocolFile(problems);
        }
        int added = 0;
        Set<Protocol> changed = new HashSet<>();
        Map<String, Protocol> byName = new HashMap<>(library);
        for (ProtocolFile.Row row : rows) {
            ProtocolRecord record = row.record();
            String name = Protocol.searchName(record.name());
            Protocol protocol = library.get(name);
            if (protocol == null) {
                protocol = new Protocol(record.details());
                em.persist(protocol);
                added++;
            } else if (!protocol.details().equals(record.details())) {
                protocol.update(record.details());
                changed.add(protocol);
            }
            if (record.status() != protocol.getStatus()) {
                if (record.status() == ProtocolStatus.RETIRED) {
                    protocol.retire();
                } else {
                    protocol.reactivate();
                }
                changed.add(protocol);
            }
            byName.put(name, protocol);
        }
        for (ProtocolFile.Row row : rows) {
            Protocol protocol = byName.get(Protocol.searchName(row.record().name()));
            List<Protocol> links = row.record().links().stream().map(l -> byName.get(Protocol.searchName(l)))
                    .filter(Objects::nonNull).toList();
            if (!new HashSet<>(links).equals(new HashSet<>(protocol.getLinks()))) {
                protocol.linkTo(links);
                if (!protocol.isNew() && library.containsValue(protocol)) {
                    changed.add(protocol);
                }
            }
        }
        // codes and links live in other tables: the version of every changed protocol moves on
        changed.forEach(p -> em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        int updated = changed.size();
        return new ImportResult(added, updated, rows.size() - added - updated);
    }
}
