package org.artclinic.clinic.patient;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Query;

import org.artclinic.clinic.common.SearchText;

/**
 * A {@link PatientSearch} as a JPQL condition on the patient alias {@code p}, each kind on an
 * indexed column ({@code chart_number}, {@code birth_date}, {@code phone_e164} or
 * {@code phone_digits}, {@code search_family}/{@code search_given}), so a search never scans the
 * table. Used by the patient search and the waitlist's patient filter.
 */
public final class PatientCondition {

    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private PatientCondition fallback;

    private PatientCondition(String where) {
        this.where = where;
    }

    /** The condition for what was typed; see {@link PatientSearch#parse}. */
    public static PatientCondition of(String text, String phoneRegion) {
        return of(PatientSearch.parse(text, phoneRegion));
    }

    static PatientCondition of(PatientSearch search) {
        if (search instanceof PatientSearch.Everyone) {
            return new PatientCondition("1 = 1");
        }
        if (search instanceof PatientSearch.ChartNumber chart) {
            return new PatientCondition("p.chartNumber = :chart").with("chart", chart.chartNumber());
        }
        if (search instanceof PatientSearch.BirthDate date) {
            return new PatientCondition("p.birthDate = :birthDate").with("birthDate", date.birthDate());
        }
        if (search instanceof PatientSearch.Phone phone) {
            PatientCondition digits = new PatientCondition("p.phoneDigits LIKE :phone ESCAPE '\\'")
                    .with("phone", SearchText.likePrefix(phone.digits()));
            if (phone.e164() == null) {
                return digits;
            }
            PatientCondition normalized = new PatientCondition("p.phoneE164 LIKE :phone ESCAPE '\\'")
                    .with("phone", SearchText.likePrefix(phone.e164()));
            normalized.fallback = digits;
            return normalized;
        }
        if (search instanceof PatientSearch.FamilyAndGiven names) {
            return new PatientCondition("p.searchFamily LIKE :family ESCAPE '\\' AND p.searchGiven LIKE :given ESCAPE '\\'")
                    .with("family", SearchText.likePrefix(names.family()))
                    .with("given", SearchText.likePrefix(names.given()));
        }
        if (search instanceof PatientSearch.Name name) {
            return new PatientCondition("(p.searchFamily LIKE :name ESCAPE '\\' OR p.searchGiven LIKE :name ESCAPE '\\')")
                    .with("name", SearchText.likePrefix(name.prefix()));
        }
        if (search instanceof PatientSearch.Words words) {
            return new PatientCondition("((p.searchGiven LIKE :first ESCAPE '\\' AND p.searchFamily LIKE :rest ESCAPE '\\')"
                    + " OR (p.searchFamily LIKE :first ESCAPE '\\' AND p.searchGiven LIKE :rest ESCAPE '\\')"
                    + " OR p.searchFamily LIKE :whole ESCAPE '\\' OR p.searchGiven LIKE :whole ESCAPE '\\')")
                    .with("first", SearchText.likePrefix(words.first()))
                    .with("rest", SearchText.likePrefix(words.rest()))
                    .with("whole", SearchText.likePrefix(words.whole()));
        }
        return new PatientCondition("1 = 0"); // PatientSearch.Nobody
    }

    /**
     * The condition to try when this one finds nobody, or null. A number typed whole is looked up in
     * its normalized (E.164) form; a patient saved before phones were normalized may not have one
     * (migration V4_1 could not convert every number), so the digits as typed are tried next.
     */
    public PatientCondition fallback() {
        return fallback;
    }

    private PatientCondition with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The JPQL condition on the patient alias {@code p}. */
    public String where() {
        return where;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
