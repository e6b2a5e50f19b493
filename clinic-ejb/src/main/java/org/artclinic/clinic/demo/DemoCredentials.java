package org.artclinic.clinic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.artclinic.clinic.credential.Certification;
import org.artclinic.clinic.credential.Licence;
import org.artclinic.clinic.credential.PractitionerCredentials;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.setup.Practitioner;

/**
 * The licences and ART certifications of the demo practitioners, dated from the day the demo is
 * created so that they are current then. Dr. Priya Raman (user "practitioner") has her Upper
 * Extremity certification run out in {@link #SOON} days, so My day and the practitioners page show a
 * warning; the others have nothing due within the warning's 60 days.
 */
final class DemoCredentials {

    /** Days until Dr. Raman's Upper Extremity certification expires, inside the 60 days warned about. */
    static final int SOON = 23;

    /** Licence state and number, then the courses held, per demo practitioner in {@link DemoClinic#STAFF} order. */
    private record Spec(String state, String number, List<RegionGroup> courses) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("IL", "045.012345", List.of(RegionGroup.SPINE, RegionGroup.UPPER_EXTREMITY,
                    RegionGroup.LOWER_EXTREMITY)),
            new Spec("IL", "070.098765", List.of(RegionGroup.SPINE, RegionGroup.LOWER_EXTREMITY)),
            new Spec("CO", "MT.0012345", List.of(RegionGroup.SPINE, RegionGroup.UPPER_EXTREMITY)),
            new Spec("IL", "036.123456", List.of(RegionGroup.values())),
            new Spec("CO", "AT.0001234", List.of(RegionGroup.UPPER_EXTREMITY, RegionGroup.LOWER_EXTREMITY)),
            new Spec("CO", "CHR.0004567", List.of(RegionGroup.values())));

    private DemoCredentials() {
    }

    /**
     * The credentials of the demo practitioners given in {@link DemoClinic#STAFF} order.
     *
     * @param today the clinic's date the demo is created on
     */
    static List<PractitionerCredentials> of(List<Practitioner> staff, LocalDate today) {
        List<PractitionerCredentials> all = new ArrayList<>();
        for (int i = 0; i < staff.size() && i < SPECS.size(); i++) {
            all.add(of(staff.get(i), i, today));
        }
        return all;
    }

    /** The credentials of the demo practitioner at {@code index} in {@link DemoClinic#STAFF}. */
    static PractitionerCredentials of(Practitioner practitioner, int index, LocalDate today) {
        Spec spec = SPECS.get(index);
        // licences renew every two years; the demo's run out between 5 and 15 months from today
        Licence licence = new Licence(practitioner.getDiscipline(), spec.number(), spec.state(),
                today.plusMonths(5 + 2L * index));
        List<Certification> certifications = new ArrayList<>();
        for (int c = 0; c < spec.courses().size(); c++) {
            RegionGroup course = spec.courses().get(c);
            LocalDate earned = today.minusMonths(6 + 7L * c + index);
            LocalDate expires = index == 0 && course == RegionGroup.UPPER_EXTREMITY
                    ? today.plusDays(SOON)
                    : earned.plusYears(3);
            certifications.add(new Certification(course, earned, expires));
        }
        return new PractitionerCredentials(practitioner, licence, certifications);
    }
}
