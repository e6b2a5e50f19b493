package org.artclinic.clinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundles' counts agree with their number: "1 visit", "2 visits", "1 year" (choice formats). */
class PluralTextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "scheduling | daysheet.count.visits | 0 | no visits",
        "scheduling | daysheet.count.visits | 1 | 1 visit",
        "scheduling | daysheet.count.visits | 12 | 12 visits",
        "scheduling | daysheet.count.visits | 1200 | 1,200 visits",
        "scheduling | daysheet.count.NO_SHOW | 1 | 1 no-show",
        "scheduling | daysheet.count.NO_SHOW | 3 | 3 no-shows",
        "scheduling | daysheet.count.ARRIVED | 3 | 3 arrived",
        "scheduling | calendar.moved | 1 | Moved 1 visit.",
        "scheduling | calendar.moved | 4 | Moved 4 visits.",
        "scheduling | calendar.seriesCancelled | 1 | Cancelled 1 visit.",
        "patients | patients.years | 1 | 1 year",
        "patients | patients.years | 0 | 0 years",
        "patients | patientHeader.age | 42 | 42 years",
        "audit | audit.intact | 14731 | The audit trail is intact: 14,731 rows checked.",
    })
    void countsAgreeWithTheirNumber(String bundle, String key, long count, String expected) {
        String pattern = ResourceBundle.getBundle("org.artclinic.clinic.web." + bundle, Locale.ENGLISH).getString(key);
        assertEquals(expected, new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {count}));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | 1 | 1 of 1 visit is free.",
        "3 | 4 | 3 of 4 visits are free."
    })
    void theBookingPreviewSaysHowManyOfHowManyAreFree(long free, long all, String expected) {
        String pattern = ResourceBundle.getBundle("org.artclinic.clinic.web.scheduling", Locale.ENGLISH)
                .getString("calendar.book.previewSummary");
        assertEquals(expected, new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {free, all}));
    }
}
