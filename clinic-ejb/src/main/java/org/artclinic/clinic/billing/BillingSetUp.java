package org.artclinic.clinic.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.artclinic.clinic.patient.InsurancePolicy;

/**
 * At start-up: loads the shipped code sets into empty tables (through the same import managers use
 * for the yearly update), makes sure the self-pay payer exists, and links the insurance policies
 * written before billing to payers of the payer list by name (adding a commercial payer with the
 * per-service rule for a name not on the list, for a manager to review).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@DenyAll
public class BillingSetUp {

    public static final String PROCEDURE_CODES = "billing/procedure-codes.csv";
    public static final String DIAGNOSIS_CODES = "billing/diagnosis-codes.csv";
    public static final String SELF_PAY = "Self-pay";

    private static final Logger LOG = Logger.getLogger(BillingSetUp.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @PostConstruct
    void setUp() {
        try {
            transaction.begin();
            run(em);
            transaction.commit();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Billing set-up did not complete (another server may have done it)", e);
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // nothing begun or already ended
            }
        }
    }

    /** The set-up, in the caller's transaction; doing it twice changes nothing. */
    public static void run(EntityManager em) {
        if (em.createQuery("SELECT COUNT(c) FROM ProcedureCode c", Long.class).getSingleResult() == 0) {
            CodeSetService.apply(em, CodeSetFile.procedureCodes(shipped(PROCEDURE_CODES)), List.of(), false);
        }
        if (em.createQuery("SELECT COUNT(d) FROM DiagnosisCode d", Long.class).getSingleResult() == 0) {
            CodeSetService.apply(em, List.of(), CodeSetFile.diagnosisCodes(shipped(DIAGNOSIS_CODES)), false);
        }
        if (em.createNamedQuery(Payer.SELF_PAY, Payer.class).getResultList().isEmpty()) {
            em.persist(new Payer(SELF_PAY, PayerKind.SELF_PAY,
                    new PayerRules(UnitRule.PER_SERVICE, false, true, null)));
            em.flush();
        }
        List<InsurancePolicy> unlinked = em.createQuery(
                "SELECT i FROM InsurancePolicy i WHERE i.payer IS NULL", InsurancePolicy.class).getResultList();
        if (unlinked.isEmpty()) {
            return;
        }
        // the payers by name, read once: a query per policy flushed the whole persistence context each
        // time, and the demo clinic's first start spent 3 of its 25 seconds on it (issue 14)
        Map<String, Payer> payers = new HashMap<>();
        em.createQuery("SELECT p FROM Payer p", Payer.class).getResultList()
                .forEach(p -> payers.putIfAbsent(p.getName().toLowerCase(Locale.ROOT), p));
        for (InsurancePolicy policy : unlinked) {
            Payer payer = payers.computeIfAbsent(policy.getPayerName().toLowerCase(Locale.ROOT), name -> {
                Payer added = new Payer(policy.getPayerName(), PayerKind.COMMERCIAL,
                        new PayerRules(UnitRule.PER_SERVICE, false, true, null));
                em.persist(added);
                return added;
            });
            policy.billTo(payer);
        }
        em.flush();
    }

    public static String shipped(String resource) {
        try (InputStream in = BillingSetUp.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
