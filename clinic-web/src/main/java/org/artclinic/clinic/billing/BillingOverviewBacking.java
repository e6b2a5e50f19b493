package org.artclinic.clinic.billing;

import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code billing/overview.xhtml}, the manager's start page: the charges to review (and how
 * many have warnings), those approved, and what this month's visits charged, counted and summed by
 * {@link ChargeService#overview} in the database; the claims in each status and the A/R total.
 */
@Named
@RequestScoped
public class BillingOverviewBacking {

    @EJB
    private ChargeService charges;

    @Inject
    private ClinicClock clock;

    @EJB
    private ClaimService claims;

    private ChargeOverview overview;
    private java.util.List<java.util.Map.Entry<ClaimStatus, Long>> claimCounts;
    private org.artclinic.clinic.common.Money openBalance;

    /** How many claims are in each status, in the order of a claim's life; none for an empty status. */
    public java.util.List<java.util.Map.Entry<ClaimStatus, Long>> getClaimCounts() {
        if (claimCounts == null) {
            claimCounts = Messages.read(() -> claims.countsByStatus()).map(m -> java.util.List.copyOf(m.entrySet()))
                    .orElse(java.util.List.of());
        }
        return claimCounts;
    }

    /** The A/R total: what payers still owe on open claims. */
    public org.artclinic.clinic.common.Money getOpenBalance() {
        if (openBalance == null) {
            openBalance = Messages.read(() -> claims.openBalance()).orElse(org.artclinic.clinic.common.Money.ZERO);
        }
        return openBalance;
    }

    public ChargeOverview getOverview() {
        if (overview == null) {
            LocalDate today = clock.today();
            LocalDate first = today.withDayOfMonth(1);
            overview = Messages.read(() -> charges.overview(first, today.withDayOfMonth(today.lengthOfMonth())))
                    .orElse(null);
        }
        return overview;
    }
}
