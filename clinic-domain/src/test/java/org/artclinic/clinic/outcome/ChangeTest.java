package org.artclinic.clinic.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Change over time against each instrument's minimal clinically important difference. */
class ChangeTest {

    @ParameterizedTest(name = "{0} {1} -> {2}: {3}")
    @CsvSource({
        // NPRS, MCID 2 points, lower is better: exactly 2 counts
        "NPRS, 7, 5, IMPROVED",
        "NPRS, 7, 6, NO_IMPORTANT_CHANGE",
        "NPRS, 4, 6, WORSENED",
        "NPRS, 4, 4, NO_IMPORTANT_CHANGE",
        // NDI, MCID 20 percentage points (10 of 50, Young 2009): the 15 points of their measured
        // 7.5 is within measurement error and no longer counts
        "NDI, 40.0, 20.0, IMPROVED",
        "NDI, 40.0, 20.1, NO_IMPORTANT_CHANGE",
        "NDI, 40.0, 25.0, NO_IMPORTANT_CHANGE",
        "NDI, 20.0, 40.0, WORSENED",
        // ODI, MCID 10 percentage points
        "ODI, 32.0, 22.0, IMPROVED",
        "ODI, 32.0, 23.0, NO_IMPORTANT_CHANGE",
        "ODI, 32.0, 42.0, WORSENED",
        // QuickDASH, MCID 15.91: 15.9 is just short, 16.0 is enough
        "QUICKDASH, 34.1, 18.2, NO_IMPORTANT_CHANGE",
        "QUICKDASH, 34.1, 18.1, IMPROVED",
        "QUICKDASH, 18.1, 34.1, WORSENED",
        // LEFS, MCID 9 points, higher is better
        "LEFS, 40, 49, IMPROVED",
        "LEFS, 40, 48, NO_IMPORTANT_CHANGE",
        "LEFS, 40, 31, WORSENED",
        "LEFS, 40, 32, NO_IMPORTANT_CHANGE"
    })
    void changeIsFlaggedAgainstTheMcid(Instrument instrument, String from, String to, ChangeFlag expected) {
        Change change = instrument.change(new BigDecimal(from), new BigDecimal(to));
        assertEquals(expected, change.flag());
        assertEquals(new BigDecimal(to).subtract(new BigDecimal(from)), change.difference());
    }

    @Test
    void theChangeIsDescribedInPlainWords() {
        assertEquals("Better by 12.0 percentage points (from 44.0 to 32.0); a change of 10 or more is clinically "
                + "important.", Instrument.ODI.change(new BigDecimal("44.0"), new BigDecimal("32.0")).describe());
        assertEquals("Worse by 9 points (from 40 to 31); a change of 9 or more is clinically important.",
                Instrument.LEFS.change(new BigDecimal("40"), new BigDecimal("31")).describe());
        assertEquals("Better by 15.9 points (from 34.1 to 18.2), less than a clinically important change; a change "
                + "of 15.91 or more is clinically important.",
                Instrument.QUICKDASH.change(new BigDecimal("34.1"), new BigDecimal("18.2")).describe());
        assertEquals("No change (from 5 to 5); a change of 2 or more is clinically important.",
                Instrument.NPRS.change(new BigDecimal("5"), new BigDecimal("5")).describe());
    }
}
