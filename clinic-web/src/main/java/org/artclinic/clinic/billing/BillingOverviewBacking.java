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
 * {@link ChargeService#overview} in the database.
 */
@Named
@RequestScoped
public class BillingOverviewBacking {

    @EJB
    private ChargeService charges;

    @Inject
    private ClinicClock clock;

    private ChargeOverview overview;

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
