package org.artclinic.clinic.common;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking for every record people edit.
 *
 * <p>Ids come from one database sequence ({@code clinic_id_seq}, allocated 50 at a time); IDENTITY
 * columns are avoided because they break on Payara's H2 with EclipseLink (docs/decisions/0003).
 * The {@code version} column makes a second, concurrent save of a stale copy fail instead of
 * silently overwriting the first one.
 *
 * <p>Entities are serializable so that pages holding them (view scope) survive session
 * replication in a cluster; a deserialized entity is detached, and every change goes back through
 * a service with its version.
 */
@MappedSuperclass
public abstract class BaseEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinic_id_seq")
    @SequenceGenerator(name = "clinic_id_seq", sequenceName = "clinic_id_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Guards an edit made on a copy that was read earlier: when someone else saved the record in
     * between, the edit is refused instead of silently overwriting their change.
     *
     * @throws DomainException naming what changed
     */
    public void requireVersion(long expectedVersion, String what) {
        if (version != expectedVersion) {
            throw new DomainException("Someone else changed " + what + " while you were editing. "
                    + "Reload to see their changes, then make yours again.");
        }
    }

    public boolean isNew() {
        return id == null;
    }

    /** Two entities are equal when they are of the same class and have the same database id. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) other).id);
    }

    /** Constant per class, so an entity keeps its hash code when it is persisted and gets an id. */
    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}
