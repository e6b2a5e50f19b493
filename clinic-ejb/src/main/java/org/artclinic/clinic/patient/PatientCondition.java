package org.artclinic.clinic.patient;

import java.util.LinkedHashMap;
import java.util.List;
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
    private List<PatientCondition> alternatives = List.of(this);

    private PatientCondition(String where) {
        this.where = where;
    }

    /**
     * A condition that holds when any of the alternatives does. Its {@link #where} is their OR; a
     * search that must be fast on a large registry runs each alternative on its own instead
     * ({@link #alternatives}), since PostgreSQL answers an OR of two prefixes ordered by name by
     * walking the whole name index (388 ms at 200,000 patients, bench/RESULTS.md).
     */
    private static PatientCondition anyOf(PatientCondition... alternatives) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (PatientCondition alternative : alternatives) {
            where.append(where.length() == 0 ? "(" : " OR ").append('(').append(alternative.where).append(')');
            parameters.putAll(alternative.parameters);
        }
        PatientCondition result = new PatientCondition(where.append(')').toString());
        result.parameters.putAll(parameters);
        result.alternatives = List.of(alternatives);
        return result;
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
            String prefix = SearchText.likePrefix(name.prefix());
            return anyOf(new PatientCondition("p.searchFamily LIKE :name ESCAPE '\\'").with("name", prefix),
                    new PatientCondition("p.searchGiven LIKE :name ESCAPE '\\'").with("name", prefix));
        }
        if (search instanceof PatientSearch.Words words) {
            String first = SearchText.likePrefix(words.first());
            String rest = SearchText.likePrefix(words.rest());
            String whole = SearchText.likePrefix(words.whole());
            return anyOf(
                    new PatientCondition("p.searchGiven LIKE :first ESCAPE '\\' AND p.searchFamily LIKE :rest ESCAPE '\\'")
                            .with("first", first).with("rest", rest),
                    new PatientCondition("p.searchFamily LIKE :first ESCAPE '\\' AND p.searchGiven LIKE :rest ESCAPE '\\'")
                            .with("first", first).with("rest", rest),
                    new PatientCondition("p.searchFamily LIKE :whole ESCAPE '\\'").with("whole", whole),
                    new PatientCondition("p.searchGiven LIKE :whole ESCAPE '\\'").with("whole", whole));
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

    /**
     * The conditions whose union this one is, each a single indexed prefix or value that the
     * database can read in name order: this condition alone unless it is a name search that may
     * match the family or the given name.
     */
    public List<PatientCondition> alternatives() {
        return alternatives;
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
