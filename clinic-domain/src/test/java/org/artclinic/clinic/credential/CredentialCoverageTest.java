package org.artclinic.clinic.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.setup.Discipline;
import org.junit.jupiter.api.Test;

class CredentialCoverageTest {

    private static final String RAMAN = "Dr. Raman";
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final Licence LICENCE = new Licence(Discipline.CHIROPRACTOR, "045.012345", "IL",
            LocalDate.of(2026, 10, 31));
    private static final Certification SPINE = new Certification(RegionGroup.SPINE, LocalDate.of(2024, 3, 2),
            LocalDate.of(2027, 3, 1));
    private static final Certification UPPER = new Certification(RegionGroup.UPPER_EXTREMITY,
            LocalDate.of(2023, 5, 1), LocalDate.of(2026, 9, 24));

    private static Optional<String> refusal(Licence licence, RegionGroup group, LocalDate day) {
        return CredentialCoverage.refusal(RAMAN, licence, List.of(SPINE, UPPER), group, day);
    }

    @Test
    void aCurrentLicenceAndCertificationCoverTheCourse() {
        assertEquals(Optional.empty(), refusal(LICENCE, RegionGroup.SPINE, TODAY));
        assertEquals(Optional.empty(), refusal(LICENCE, RegionGroup.UPPER_EXTREMITY, TODAY));
    }

    @Test
    void anExpiredLicenceRefusesEveryCourseAndNamesTheLicence() {
        assertEquals(Optional.of("Dr. Raman's licence (IL 045.012345) expired on 2026-10-31."),
                refusal(LICENCE, RegionGroup.SPINE, LocalDate.of(2026, 11, 1)));
    }

    @Test
    void noLicenceOnRecordRefuses() {
        assertTrue(refusal(null, RegionGroup.SPINE, TODAY).orElseThrow().startsWith("Dr. Raman has no licence"));
    }

    @Test
    void aMissingCertificationIsNamed() {
        assertEquals(Optional.of("Dr. Raman holds no current ART Lower Extremity certification."),
                refusal(LICENCE, RegionGroup.LOWER_EXTREMITY, TODAY));
    }

    @Test
    void anExpiredCertificationIsNamedWithItsExpiry() {
        assertEquals(Optional.of("Dr. Raman holds no current ART Upper Extremity certification "
                + "(it expired on 2026-09-24)."), refusal(LICENCE, RegionGroup.UPPER_EXTREMITY,
                        LocalDate.of(2026, 9, 25)));
    }

    @Test
    void aCertificationNotYetEarnedDoesNotCover() {
        Certification later = new Certification(RegionGroup.NERVE_ENTRAPMENT, LocalDate.of(2026, 9, 10),
                LocalDate.of(2029, 9, 9));
        assertEquals(Optional.of("Dr. Raman holds no current ART Nerve Entrapment certification "
                + "(it starts on 2026-09-10)."), CredentialCoverage.refusal(RAMAN, LICENCE, List.of(later),
                        RegionGroup.NERVE_ENTRAPMENT, TODAY));
    }

    @Test
    void theExpiryDayItselfIsStillCovered() {
        assertEquals(Optional.empty(), refusal(LICENCE, RegionGroup.SPINE, LocalDate.of(2026, 10, 31)));
        assertEquals(Optional.empty(), refusal(LICENCE, RegionGroup.UPPER_EXTREMITY, LocalDate.of(2026, 9, 24)));
        assertTrue(refusal(LICENCE, RegionGroup.UPPER_EXTREMITY, LocalDate.of(2026, 9, 25)).isPresent());
    }

    @Test
    void warnsSixtyDaysAheadIncludingTheSixtiethDay() {
        LocalDate today = LocalDate.of(2026, 9, 1);
        // licence 2026-10-31 is 60 days ahead: warned; Spine 2027-03-01 is not
        List<CredentialWarning> warnings = CredentialCoverage.warnings(LICENCE, List.of(SPINE, UPPER), today);
        assertEquals(List.of("Licence expires in 60 days", "Upper Extremity certification expires in 23 days"),
                warnings.stream().map(CredentialWarning::message).toList());
        assertTrue(CredentialCoverage.warnings(LICENCE, List.of(), today.minusDays(1)).isEmpty(),
                "61 days ahead is not warned about yet");
    }

    @Test
    void anExpiredCredentialIsWarnedAsExpired() {
        List<CredentialWarning> warnings = CredentialCoverage.warnings(LICENCE, List.of(UPPER),
                LocalDate.of(2026, 9, 25));
        CredentialWarning upper = warnings.get(1);
        assertTrue(upper.isExpired());
        assertEquals("Upper Extremity certification expired on 2026-09-24", upper.message());
        assertFalse(warnings.get(0).isExpired());
        assertEquals("Upper Extremity certification expires today",
                CredentialCoverage.warnings(null, List.of(UPPER), LocalDate.of(2026, 9, 24)).get(0).message());
    }

    @Test
    void aLicenceNeedsAKnownStateCode() {
        assertEquals("IL", new Licence(Discipline.CHIROPRACTOR, "1", " il ", TODAY).getState());
        assertEquals("PR", UsStates.check("PR"));
        assertEquals("DC", UsStates.check("dc"));
        DomainException wrong = assertThrows(DomainException.class,
                () -> new Licence(Discipline.CHIROPRACTOR, "1", "XX", TODAY));
        assertTrue(wrong.getMessage().contains("\"XX\" is not a US state code"), wrong.getMessage());
        assertEquals(56, UsStates.CODES.size(), "50 states, DC and 5 territories");
    }

    @Test
    void aCertificationCannotExpireBeforeItWasEarned() {
        assertThrows(DomainException.class, () -> new Certification(RegionGroup.SPINE, TODAY, TODAY.minusDays(1)));
    }
}
