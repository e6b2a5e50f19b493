package org.artclinic.clinic.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.security.Role;

/**
 * Payers, their claim rules and fee schedules. Managers edit them; the front desk reads the list to
 * pick a policy's payer. A fee is never changed in place: a new fee from a date closes the one
 * before it, so charges keep the fee of their date of service.
 */
@Stateless
@DenyAll
public class PayerService {

    @PersistenceContext
    private EntityManager em;

    /** Every payer, self-pay first, then by name (the patient page lists them for a policy). */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.FRONT_DESK, Role.Names.PRACTITIONER})
    public List<Payer> payers() {
        return em.createNamedQuery(Payer.ALL, Payer.class).getResultList();
    }

    @RolesAllowed({Role.Names.MANAGER, Role.Names.FRONT_DESK})
    public Payer payer(long id) {
        Payer payer = em.find(Payer.class, id);
        if (payer == null) {
            throw new DomainException("There is no payer with id " + id + ".");
        }
        return payer;
    }

    @RolesAllowed(Role.Names.MANAGER)
    public Payer addPayer(String name, PayerKind kind, PayerRules rules) {
        if (kind == PayerKind.SELF_PAY) {
            throw new DomainException("There is one self-pay payer, and it exists already.");
        }
        requireFreeName(name, null);
        Payer payer = new Payer(name, kind, rules);
        em.persist(payer);
        return payer;
    }

    @RolesAllowed(Role.Names.MANAGER)
    public Payer changePayer(long id, long version, String name, PayerRules rules) {
        Payer payer = payer(id);
        payer.requireVersion(version, payer.getName());
        requireFreeName(name, payer);
        payer.rename(name);
        payer.change(rules);
        return payer;
    }

    /** Sets (or with a null amount removes) the KX threshold of a year. */
    @RolesAllowed(Role.Names.MANAGER)
    public Payer setKxThreshold(long id, long version, int year, Money amount) {
        Payer payer = payer(id);
        payer.requireVersion(version, payer.getName());
        payer.setKxThreshold(year, amount);
        return payer;
    }

    @RolesAllowed(Role.Names.MANAGER)
    public Payer deactivate(long id, long version) {
        Payer payer = payer(id);
        payer.requireVersion(version, payer.getName());
        payer.deactivate();
        return payer;
    }

    /** A payer's fee schedule: every code's fees, newest first. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<FeeScheduleEntry> fees(long payerId) {
        return em.createNamedQuery(FeeScheduleEntry.OF_PAYER, FeeScheduleEntry.class)
                .setParameter("payer", payer(payerId).getId()).getResultList();
    }

    /** The fees in effect on a day. */
    @RolesAllowed(Role.Names.MANAGER)
    public List<FeeScheduleEntry> feesOn(long payerId, LocalDate day) {
        return em.createNamedQuery(FeeScheduleEntry.IN_EFFECT, FeeScheduleEntry.class)
                .setParameter("payer", payer(payerId).getId()).setParameter("day", day).getResultList();
    }

    /**
     * A new fee for a code from a date; the fee in effect before it ends the day before. The payer's
     * row is locked so that two managers setting fees of one payer at once cannot leave overlaps.
     */
    @RolesAllowed(Role.Names.MANAGER)
    public FeeScheduleEntry setFee(long payerId, String code, Money fee, LocalDate from) {
        Payer payer = payer(payerId);
        em.lock(payer, LockModeType.PESSIMISTIC_WRITE);
        String c = ProcedureCode.checkedCode(code);
        if (em.createNamedQuery(ProcedureCode.BY_CODE, ProcedureCode.class).setParameter("code", c)
                .getResultList().isEmpty()) {
            throw new DomainException(c + " is not in the code set; add it there first.");
        }
        FeeScheduleEntry entry = new FeeScheduleEntry(payer, c, fee, from);
        List<FeeScheduleEntry> existing = em.createNamedQuery(FeeScheduleEntry.OF_PAYER_AND_CODE,
                FeeScheduleEntry.class).setParameter("payer", payer.getId()).setParameter("code", c).getResultList();
        Optional<FeeScheduleEntry> latest = existing.stream().findFirst();
        if (latest.isPresent()) {
            if (existing.stream().anyMatch(e -> !e.getEffectiveFrom().isBefore(from))) {
                throw new DomainException(payer.getName() + " already has a fee for " + c + " from "
                        + latest.get().getEffectiveFrom() + "; a new fee must start after it.");
            }
            latest.get().closeBefore(entry);
        }
        em.persist(entry);
        return entry;
    }

    private void requireFreeName(String name, Payer self) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        em.createNamedQuery(Payer.BY_NAME, Payer.class).setParameter("name", wanted).getResultStream()
                .filter(p -> !p.equals(self)).findFirst().ifPresent(p -> {
                    throw new DomainException("There is a payer named " + p.getName() + " already.");
                });
    }
}
