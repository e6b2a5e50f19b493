package org.artclinic.clinic.protocol;

import java.util.List;

/**
 * One protocol as it travels in an import or export file: its details, the names of the protocols
 * it links to (names, not ids, so a file moves between installations) and whether it is retired.
 */
public record ProtocolRecord(ProtocolDetails details, List<String> links, ProtocolStatus status) {

    public ProtocolRecord {
        links = links == null ? List.of() : links.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        status = status == null ? ProtocolStatus.ACTIVE : status;
    }

    public static ProtocolRecord of(Protocol protocol) {
        return new ProtocolRecord(protocol.details(), protocol.getLinks().stream().map(Protocol::getName).toList(),
                protocol.getStatus());
    }

    public String name() {
        return details.name();
    }
}
