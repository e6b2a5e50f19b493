package org.artclinic.clinic.protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.SearchText;
import org.artclinic.clinic.security.Role;

/**
 * The ART protocol library: practitioners read it, administrators change it. Lists are read a page
 * at a time with every filter in the WHERE clause, on the indexes of V12; a protocol is never
 * deleted (charting refers to it by id), only retired and reactivated. Import refuses a whole file
 * when one row is wrong; export writes the same format, retired protocols included.
 */
@Stateless
@DenyAll
public class ProtocolLibrary {

    /** At most this many protocols per page. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    private EntityManager em;

    // ---- reading (practitioners and administrators)

    /** A page of protocols by name (then id, so pages do not overlap), with their codes and links. */
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.ADMIN})
    public List<Protocol> search(ProtocolFilter filter, int first, int max) {
        TypedQuery<Protocol> query = query("SELECT p FROM Protocol p", filter, " ORDER BY p.searchName, p.id",
                Protocol.class);
        // the codes and links of the whole page in two more queries, not two per protocol
        query.setHint("eclipselink.batch", "p.indications");
        query.setHint("eclipselink.batch", "p.links");
        query.setHint("eclipselink.batch.type", "IN");
        List<Protocol> page = query.setFirstResult(first).setMaxResults(Math.min(max, MAX_PAGE)).getResultList();
        page.forEach(ProtocolLibrary::load);
        return page;
    }

    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.ADMIN})
    public long count(ProtocolFilter filter) {
        return query("SELECT COUNT(p) FROM Protocol p", filter, "", Long.class).getSingleResult();
    }

    /** One protocol with its codes and links; retired ones too (a signed note may show one). */
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.ADMIN})
    public Protocol find(long id) {
        Protocol protocol = em.find(Protocol.class, id);
        if (protocol == null) {
            throw new DomainException("There is no protocol " + id + ".");
        }
        load(protocol);
        return protocol;
    }

    /** Every protocol's id and name by name, retired ones marked: what a link picker offers. */
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.ADMIN})
    public List<ProtocolName> names() {
        return em.createQuery("SELECT NEW org.artclinic.clinic.protocol.ProtocolName(p.id, p.name, p.status) "
                + "FROM Protocol p ORDER BY p.searchName", ProtocolName.class).getResultList();
    }

    /** What to suggest treating next after a protocol: its linked protocols still in use. */
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.ADMIN})
    public List<Protocol> suggestions(long id) {
        return find(id).suggestions();
    }

    // ---- changing (administrators)

    @RolesAllowed(Role.Names.ADMIN)
    public Protocol create(ProtocolDetails details, Collection<Long> linkIds) {
        requireUniqueName(details.name(), -1);
        Protocol protocol = new Protocol(details);
        em.persist(protocol);
        protocol.linkTo(protocols(linkIds));
        return protocol;
    }

    /** Changes a protocol read at {@code version}; refused when someone else saved it meanwhile. */
    @RolesAllowed(Role.Names.ADMIN)
    public Protocol update(long id, long version, ProtocolDetails details, Collection<Long> linkIds) {
        Protocol protocol = find(id);
        protocol.requireVersion(version, protocol.getName());
        requireUniqueName(details.name(), id);
        protocol.update(details);
        protocol.linkTo(protocols(linkIds));
        // a change of the codes or links alone touches no column of the protocol's row: still a new version
        em.lock(protocol, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return protocol;
    }

    /** Hides a protocol from new charting and from the default lists; it stays readable. */
    @RolesAllowed(Role.Names.ADMIN)
    public Protocol retire(long id, long version) {
        Protocol protocol = find(id);
        protocol.requireVersion(version, protocol.getName());
        protocol.retire();
        return protocol;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Protocol reactivate(long id, long version) {
        Protocol protocol = find(id);
        protocol.requireVersion(version, protocol.getName());
        protocol.reactivate();
        return protocol;
    }

    /**
     * Reads a whole file and applies it: rows whose name is in the library update that protocol,
     * the others are added. One wrong row refuses the file and nothing changes.
     *
     * @throws InvalidProtocolFile naming every wrong row
     */
    @RolesAllowed(Role.Names.ADMIN)
    public ImportResult importFile(String content, ProtocolFile.Format format) {
        return ProtocolImport.apply(em, ProtocolFile.read(content, format));
    }

    /** The whole library, retired protocols included, by name: what an import reads back. */
    @RolesAllowed(Role.Names.ADMIN)
    public String export(ProtocolFile.Format format) {
        List<ProtocolRecord> records = em.createNamedQuery(Protocol.ALL, Protocol.class)
                .setHint("eclipselink.batch", "p.indications")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream().map(ProtocolRecord::of).toList();
        return ProtocolFile.write(records, format);
    }

    // ---- helpers

    private void requireUniqueName(String name, long except) {
        String searchName = Protocol.searchName(name);
        if (em.createNamedQuery(Protocol.COUNT_NAMED, Long.class).setParameter("name", searchName)
                .setParameter("except", except).getSingleResult() > 0) {
            throw new DomainException("A protocol called \"" + name.strip() + "\" exists already.");
        }
    }

    private List<Protocol> protocols(Collection<Long> ids) {
        List<Protocol> found = new ArrayList<>();
        for (Long id : ids == null ? Set.<Long>of() : Set.copyOf(ids)) {
            Protocol protocol = em.find(Protocol.class, id);
            if (protocol == null) {
                throw new DomainException("There is no protocol " + id + " to link to.");
            }
            found.add(protocol);
        }
        return found;
    }

    private static void load(Protocol protocol) {
        protocol.getIndications();
        protocol.getLinks().forEach(Protocol::getName);
    }

    /** The filters in the WHERE clause, each on an indexed column (see V12). */
    private <T> TypedQuery<T> query(String select, ProtocolFilter filter, String orderBy, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (filter.region() != null) {
            where.add("p.region = :region");
        }
        if (filter.regionGroup() != null) {
            where.add("p.regionGroup = :group");
        }
        if (filter.tissue() != null) {
            where.add("p.tissue = :tissue");
        }
        if (!filter.includeRetired()) {
            where.add("p.status = :active");
        }
        if (filter.structure() != null) {
            where.add("(p.searchStructure LIKE :structure ESCAPE '\\' OR p.searchStructure LIKE :structureWord ESCAPE '\\')");
        }
        if (filter.text() != null) {
            where.add("(p.searchName LIKE :text ESCAPE '\\' OR p.searchName LIKE :textWord ESCAPE '\\'"
                    + " OR p.searchStructure LIKE :text ESCAPE '\\')");
        }
        if (filter.indication() != null) {
            where.add("p.id IN (SELECT x.id FROM Protocol x JOIN x.indications i WHERE i LIKE :code ESCAPE '\\')");
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + orderBy, type);
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        if (filter.regionGroup() != null) {
            query.setParameter("group", filter.regionGroup());
        }
        if (filter.tissue() != null) {
            query.setParameter("tissue", filter.tissue());
        }
        if (!filter.includeRetired()) {
            query.setParameter("active", ProtocolStatus.ACTIVE);
        }
        if (filter.structure() != null) {
            query.setParameter("structure", SearchText.likePrefix(filter.structure()));
            query.setParameter("structureWord", "% " + SearchText.likePrefix(filter.structure()));
        }
        if (filter.text() != null) {
            query.setParameter("text", SearchText.likePrefix(filter.text()));
            query.setParameter("textWord", "% " + SearchText.likePrefix(filter.text()));
        }
        if (filter.indication() != null) {
            query.setParameter("code", SearchText.likePrefix(filter.indication()));
        }
        return query;
    }
}
