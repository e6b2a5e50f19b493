package org.artclinic.clinic.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.protocol.ImportResult;
import org.artclinic.clinic.security.Role;

/**
 * The code sets (CPT/HCPCS procedures and ICD-10-CM diagnoses): managers read and edit them, and
 * import the yearly update as CSV ({@link CodeSetFile}): new codes are added, changed ones updated
 * (a deleted code gets its end date), and nothing is ever removed, so old charges keep their codes.
 */
@Stateless
@DenyAll
public class CodeSetService {

    /** The most codes a search answers. */
    public static final int SEARCH_LIMIT = 50;

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Role.Names.MANAGER, Role.Names.PRACTITIONER})
    public List<ProcedureCode> procedureCodes() {
        return em.createNamedQuery(ProcedureCode.ALL, ProcedureCode.class).getResultList();
    }

    /** Diagnosis codes whose code starts with, or whose description contains, the text; at most 50. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.PRACTITIONER})
    public List<DiagnosisCode> diagnosisCodes(String text) {
        String t = text == null ? "" : text.strip();
        return em.createNamedQuery(DiagnosisCode.SEARCH, DiagnosisCode.class)
                .setParameter("prefix", t.toUpperCase(Locale.ROOT) + "%")
                .setParameter("words", "%" + t.toLowerCase(Locale.ROOT) + "%")
                .setMaxResults(SEARCH_LIMIT).getResultList();
    }

    /** Why a diagnosis code cannot go on a claim for the date of service; empty when it can. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.PRACTITIONER})
    public Optional<String> diagnosisProblem(String code, LocalDate dateOfService) {
        return new Charging(em).diagnosisProblem(code, Objects.requireNonNull(dateOfService, "dateOfService"));
    }

    /** Adds a procedure code, or changes the one with this code (with the version read). */
    @RolesAllowed(Role.Names.MANAGER)
    public ProcedureCode saveProcedureCode(String code, Long version, ProcedureKind kind, boolean timed,
            String description, LocalDate from, LocalDate to) {
        String c = ProcedureCode.checkedCode(code);
        Optional<ProcedureCode> existing = em.createNamedQuery(ProcedureCode.BY_CODE, ProcedureCode.class)
                .setParameter("code", c).getResultStream().findFirst();
        if (existing.isEmpty()) {
            ProcedureCode added = new ProcedureCode(c, kind, timed, description, from, to);
            em.persist(added);
            return added;
        }
        ProcedureCode p = existing.get();
        if (version == null) {
            throw new DomainException(c + " is in the code set already; edit it there.");
        }
        p.requireVersion(version, c);
        p.update(kind, timed, description, from, to);
        return p;
    }

    /** Adds a diagnosis code, or changes the one with this code (with the version read). */
    @RolesAllowed(Role.Names.MANAGER)
    public DiagnosisCode saveDiagnosisCode(String code, Long version, boolean billable, String description,
            LocalDate from, LocalDate to) {
        String c = DiagnosisCode.checkedCode(code);
        Optional<DiagnosisCode> existing = em.createNamedQuery(DiagnosisCode.BY_CODE, DiagnosisCode.class)
                .setParameter("code", c).getResultStream().findFirst();
        if (existing.isEmpty()) {
            DiagnosisCode added = new DiagnosisCode(c, billable, description, from, to);
            em.persist(added);
            return added;
        }
        DiagnosisCode d = existing.get();
        if (version == null) {
            throw new DomainException(c + " is in the code set already; edit it there.");
        }
        d.requireVersion(version, c);
        d.update(billable, description, from, to);
        return d;
    }

    /** Imports a CSV of procedure codes; the file is refused whole when a row is wrong. */
    @RolesAllowed(Role.Names.MANAGER)
    public ImportResult importProcedureCodes(String csv) {
        return apply(em, CodeSetFile.procedureCodes(csv), List.of(), true);
    }

    /** Imports a CSV of diagnosis codes; the file is refused whole when a row is wrong. */
    @RolesAllowed(Role.Names.MANAGER)
    public ImportResult importDiagnosisCodes(String csv) {
        return apply(em, List.of(), CodeSetFile.diagnosisCodes(csv), true);
    }

    /**
     * Merges the rows into the code sets. {@code alone}: the caller's transaction does nothing else,
     * so the persistence context is cleared after each chunk (an import of a full year's file); the
     * start-up set-up, which shares its transaction with the demo's seeding, keeps it.
     */
    static ImportResult apply(EntityManager em, List<ProcedureCode> procedures, List<DiagnosisCode> diagnoses,
            boolean alone) {
        int[] counts = new int[3];
        merge(em, procedures, ProcedureCode.class, ProcedureCode::getCode, CodeSetService::same,
                (existing, row) -> existing.update(row.getKind(), row.isTimed(), row.getDescription(),
                        row.getEffectiveFrom(), row.getEffectiveTo()), counts, alone);
        merge(em, diagnoses, DiagnosisCode.class, DiagnosisCode::getCode, CodeSetService::same,
                (existing, row) -> existing.update(row.isBillable(), row.getDescription(), row.getEffectiveFrom(),
                        row.getEffectiveTo()), counts, alone);
        em.flush();
        return new ImportResult(counts[0], counts[1], counts[2]);
    }

    /** Rows read and written together: one query finds a chunk's existing codes, one flush writes its changes. */
    public static final int CHUNK = 500;

    /**
     * Adds the rows not in the table, updates the changed ones; counts added, updated, unchanged. A
     * chunk of rows at a time: one query reads which of its codes exist, the changes are flushed
     * and the persistence context cleared, so a full ICD-10-CM file (some 74,000 codes) costs a few
     * hundred round trips and, imported alone, stays small in memory, not one query per row.
     */
    private static <T> void merge(EntityManager em, List<T> rows, Class<T> type,
            java.util.function.Function<T, String> code, java.util.function.BiPredicate<T, T> same,
            java.util.function.BiConsumer<T, T> update, int[] counts, boolean clear) {
        String entity = em.getMetamodel().entity(type).getName();
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<T> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            java.util.Map<String, T> existing = new java.util.HashMap<>();
            em.createQuery("SELECT e FROM " + entity + " e WHERE e.code IN :codes", type)
                    .setParameter("codes", chunk.stream().map(code).toList()).getResultStream()
                    .forEach(e -> existing.put(code.apply(e), e));
            for (T row : chunk) {
                T found = existing.get(code.apply(row));
                if (found == null) {
                    em.persist(row);
                    counts[0]++;
                } else if (same.test(found, row)) {
                    counts[2]++;
                } else {
                    update.accept(found, row);
                    counts[1]++;
                }
            }
            em.flush();
            if (clear) {
                em.clear();
            }
        }
    }

    private static boolean same(ProcedureCode a, ProcedureCode b) {
        return a.getKind() == b.getKind() && a.isTimed() == b.isTimed() && a.getDescription().equals(b.getDescription())
                && a.getEffectiveFrom().equals(b.getEffectiveFrom()) && Objects.equals(a.getEffectiveTo(), b.getEffectiveTo());
    }

    private static boolean same(DiagnosisCode a, DiagnosisCode b) {
        return a.isBillable() == b.isBillable() && a.getDescription().equals(b.getDescription())
                && a.getEffectiveFrom().equals(b.getEffectiveFrom()) && Objects.equals(a.getEffectiveTo(), b.getEffectiveTo());
    }
}
