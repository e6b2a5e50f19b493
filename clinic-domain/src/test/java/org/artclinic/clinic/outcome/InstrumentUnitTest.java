package org.artclinic.clinic.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "1 point", "2 points": the unit of a change agrees with its amount. */
class InstrumentUnitTest {

    @ParameterizedTest
    @CsvSource({
        "NPRS, 1, point",
        "NPRS, -1, point",
        "NPRS, 2, points",
        "NPRS, 0, points",
        "NPRS, 0.5, points",
        "NDI, 1.0, percentage point",
        "NDI, 1.5, percentage points",
        "NDI, 20, percentage points",
        "LEFS, 9, points"
    })
    void onlyExactlyOneIsSingular(Instrument instrument, String amount, String unit) {
        assertEquals(unit, instrument.unitFor(new BigDecimal(amount)));
    }
}
