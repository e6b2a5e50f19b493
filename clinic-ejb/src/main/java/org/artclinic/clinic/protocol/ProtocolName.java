package org.artclinic.clinic.protocol;

/**
 * A protocol's id and name, without its texts: what a picker of related protocols lists. The
 * getters are for pages (Faces' EL reads bean properties, not record components).
 */
public record ProtocolName(long id, String name, ProtocolStatus status) implements java.io.Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isRetired() {
        return status == ProtocolStatus.RETIRED;
    }
}
