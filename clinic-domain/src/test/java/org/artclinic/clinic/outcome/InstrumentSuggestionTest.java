package org.artclinic.clinic.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.artclinic.clinic.intake.BodyRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The instrument that fits the region of the complaint. */
class InstrumentSuggestionTest {

    @ParameterizedTest
    @CsvSource({
        "NECK, NDI",
        "LOW_BACK, ODI",
        "SHOULDER, QUICKDASH",
        "ELBOW, QUICKDASH",
        "WRIST_HAND, QUICKDASH",
        "HIP, LEFS",
        "KNEE, LEFS",
        "ANKLE_FOOT, LEFS",
        "HEAD, NPRS",
        "UPPER_BACK, NPRS"
    })
    void eachRegionHasItsInstrument(BodyRegion region, Instrument expected) {
        assertEquals(expected, Instrument.suggestedFor(region));
    }

    @Test
    void severalRegionsGiveEachInstrumentOnceInTheirOrder() {
        assertEquals(List.of(Instrument.ODI, Instrument.LEFS, Instrument.NDI), Instrument.suggestedFor(
                List.of(BodyRegion.LOW_BACK, BodyRegion.KNEE, BodyRegion.HIP, BodyRegion.NECK)));
    }

    @Test
    void noRegionGivesThePainRating() {
        assertEquals(List.of(Instrument.NPRS), Instrument.suggestedFor(List.of()));
        assertEquals(Instrument.NPRS, Instrument.suggestedFor((BodyRegion) null));
    }
}
