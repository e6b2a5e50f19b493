package org.artclinic.clinic.protocol;

/** A protocol's id and name, without its texts: what a picker of related protocols lists. */
public record ProtocolName(long id, String name, ProtocolStatus status) implements java.io.Serializable {

    public boolean retired() {
        return status == ProtocolStatus.RETIRED;
    }
}
