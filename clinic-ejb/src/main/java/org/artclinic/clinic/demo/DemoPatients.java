package org.artclinic.clinic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.common.SearchText;
import org.artclinic.clinic.patient.ContactChannel;
import org.artclinic.clinic.patient.InsurancePolicy;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.PolicyDetails;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.setup.Location;

/**
 * The demo patients: varied names (with the accents a registry must handle), birth dates, US
 * phone numbers from the range reserved for fiction (555-0100 to 555-0199), addresses near their
 * clinic, e-mail addresses at the reserved example domains, and for about half of them an
 * insurance policy with a copay and sometimes a number of authorized visits. Every name and text
 * here is made up for the demo.
 */
final class DemoPatients {

    static final int COUNT = 300;

    private static final String[] FEMALE = {"Zoë", "Ngozi", "Aoife", "Chloé", "Priyanka", "Siobhán", "Renée",
        "Anaïs", "Mei", "Fatima", "Léa", "Maja", "Amara", "Sofía", "Hannah", "Olivia", "Emma", "Keisha", "Yasmin",
        "Camille", "Astrid", "Nadia", "Grace", "Ava", "Isabella", "Harper", "Ximena", "Thảo", "Małgorzata",
        "Eilidh", "Noémie", "Chiamaka", "Leilani", "Rosa", "Jennifer", "Sarah", "Emily", "Megan", "Rachel",
        "Kateřina", "Ingrid", "Aylin", "Daniela", "Brooke", "Tamika", "Yuki", "Ana", "Marisol"};
    private static final String[] MALE = {"José", "Søren", "Björn", "Mateo", "Wei", "Oluwaseun", "Łukasz",
        "François", "Jürgen", "Rafael", "Tomás", "Kwame", "Arjun", "Hiroshi", "Diego", "Liam", "Noah", "Ethan",
        "DeShawn", "Andrés", "Matías", "Kenji", "Emeka", "Ahmed", "Omar", "Pablo", "Nikolai", "Mikael", "Cían",
        "Dmitri", "Thomas", "Michael", "David", "James", "Ryan", "Kevin", "Brian", "Tyler", "Jacob", "Luis",
        "Carlos", "Giovanni", "Malik", "Ravi", "Hamid", "Joaquín", "Stefan", "Trevor"};
    private static final String[] NEUTRAL = {"Alex", "Jordan", "Sam", "River", "Rowan", "Avery", "Quinn"};
    private static final String[] FAMILY = {"García", "Núñez", "Müller", "Dvořák", "O'Brien", "Nguyễn",
        "Kowalczyk", "Haddad", "Al-Sayed", "Okonkwo", "Adeyemi", "Johansson", "Lindqvist", "Rodríguez",
        "Martínez", "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
        "Taylor", "Moore", "Jackson", "Martin", "Lee", "Pérez", "Thompson", "White", "Harris", "Clark", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
        "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Campbell", "Parker", "Evans", "Collins", "Murphy",
        "Cooper", "Peterson", "Kim", "Park", "Chen", "Wang", "Zhang", "Patel", "Shah", "Singh", "Gupta", "Tanaka",
        "Yamamoto", "Nowak", "Schmidt", "Becker", "Hoffmann", "Rossi", "Bianchi", "Dubois", "Lefèvre",
        "Gonçalves", "Silva", "Santos", "Ó Briain", "MacLeod", "Petrov", "Novák", "Horváth", "Papadopoulos",
        "Yılmaz", "Öztürk", "Eriksen", "Hansen", "Nielsen", "Mwangi", "Otieno", "Osei", "Mensah", "Eze", "Begay",
        "Yazzie", "Kealoha", "Dela Cruz", "Reyes", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz",
        "Herrera", "Van der Berg", "St. Clair", "Bergström"};

    private static final String[] CHICAGO_AREA_CODES = {"312", "773", "872", "708", "630", "847"};
    private static final String[] DENVER_AREA_CODES = {"303", "720", "719", "970"};
    private static final String[][] CHICAGO_TOWNS = {{"Chicago", "606"}, {"Evanston", "602"}, {"Oak Park", "603"},
        {"Skokie", "600"}, {"Cicero", "608"}};
    private static final String[][] DENVER_TOWNS = {{"Denver", "802"}, {"Aurora", "800"}, {"Lakewood", "802"},
        {"Englewood", "801"}, {"Golden", "804"}};
    private static final String[] STREETS = {"Maple Ave", "Oak St", "Cedar Ln", "Lakeview Dr", "Pine St",
        "Willow Ct", "Prairie Rd", "Aspen Way", "Summit Ave", "River Rd", "Hawthorne Pl", "Juniper St"};

    private static final String[][] OCCUPATIONS = {
        {"Software developer", "Laptop at a sit-stand desk, long video calls"},
        {"Warehouse supervisor", "Lifting and scanning, many hours on concrete floors"},
        {"Registered nurse", "Twelve-hour shifts, moving patients"},
        {"Barista", "On their feet all day, repetitive wrist work"},
        {"Electrician", "Overhead work and ladders"},
        {"Graphic designer", "Mouse and tablet most of the day"},
        {"Teacher", "Standing, writing on the board"},
        {"Delivery driver", "Driving and carrying parcels"},
        {"Dental hygienist", "Bent over patients, fine hand work"},
        {"Accountant", "Desk and two monitors"},
        {"Carpenter", "Hammering, sawing, kneeling"},
        {"Violinist", "Practice and rehearsals, four to six hours a day"},
        {"Student", "Studies at the kitchen table"},
        {"Retired", null}};
    private static final String[] SPORTS = {"Trail running, about 40 km a week", "Road cycling, three rides a week",
        "Climbing at the gym twice a week", "Recreational soccer on Sundays", "CrossFit five days a week",
        "Swimming, masters group", "Golf on weekends", "Half-marathon training", "Tennis league",
        "Powerlifting, four sessions a week", "Yoga and walking", "Pickup basketball", "Rowing machine at home",
        "Ski season in the mountains every weekend", "Ultimate frisbee league"};
    private static final String[] REFERRALS = {"Web search", "Friend or family", "Team coach", "Primary care physician",
        "Employer wellness program", "Running club", "Returning patient", "Social media"};
    private static final String[] ALERTS = {"Latex allergy", "Hard of hearing; face the patient when speaking",
        "Prefers a female practitioner", "On blood thinners", "Pregnant (second trimester)",
        "Uses a cane; offer the ground-floor room"};
    private static final String[] RELATIONSHIPS = {"Spouse", "Partner", "Parent", "Sibling", "Friend"};

    private record Payer(String name, String memberPrefix, String[] copays, boolean chicago, boolean denver) {
    }

    private static final List<Payer> PAYERS = List.of(
            new Payer("Prairie State Health Plan", "PSH", new String[] {"20.00", "25.00", "35.00"}, true, false),
            new Payer("Lakeshore Mutual PPO", "LMP", new String[] {"30.00", "40.00"}, true, false),
            new Payer("Front Range Health Alliance", "FRH", new String[] {"25.00", "30.00", "45.00"}, false, true),
            new Payer("Summit Peak HMO", "SPH", new String[] {"15.00", "20.00"}, false, true),
            new Payer("Heartland National Insurance", "HNI", new String[] {"25.00", "50.00"}, true, true));

    final List<Patient> patients = new ArrayList<>();
    final List<InsurancePolicy> policies = new ArrayList<>();
    /** Where each patient is treated. */
    final Map<Patient, Location> home = new IdentityHashMap<>();
    /** The copay of each patient's primary policy, when it has one. */
    final Map<Patient, Money> copay = new IdentityHashMap<>();

    private final Random rnd;

    DemoPatients(Random rnd) {
        this.rnd = rnd;
    }

    /** @param chartNumbers one free chart number per patient */
    void build(List<String> chartNumbers, LocalDate today, Location chicago, Location denver) {
        Set<String> names = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < COUNT; i++) {
            boolean inChicago = rnd.nextInt(10) < 6;
            Sex sex;
            String given;
            int pick = rnd.nextInt(100);
            if (pick < 4) {
                sex = pick < 2 ? Sex.OTHER : Sex.UNKNOWN;
                given = NEUTRAL[rnd.nextInt(NEUTRAL.length)];
            } else if (pick < 52) {
                sex = Sex.FEMALE;
                given = FEMALE[rnd.nextInt(FEMALE.length)];
            } else {
                sex = Sex.MALE;
                given = MALE[rnd.nextInt(MALE.length)];
            }
            String family = FAMILY[rnd.nextInt(FAMILY.length)];
            if (!names.add(given + " " + family)) {
                i--;
                continue;
            }
            int age = age();
            LocalDate birthDate = today.minusYears(age).minusDays(rnd.nextInt(365));
            String phone = uniquePhone(phones, inChicago);
            String email = rnd.nextInt(100) < 85 ? uniqueEmail(emails, given, family) : null;
            Address address = rnd.nextInt(100) < 75 ? address(inChicago) : null;
            boolean emergency = rnd.nextInt(100) < 55;
            String[] job = age >= 68 ? OCCUPATIONS[OCCUPATIONS.length - 1]
                    : age < 22 ? OCCUPATIONS[OCCUPATIONS.length - 2] : OCCUPATIONS[rnd.nextInt(OCCUPATIONS.length - 2)];
            PatientDetails details = new PatientDetails(given, family, birthDate, sex, phone, email, address,
                    emergency ? MALE[rnd.nextInt(MALE.length)] + " " + family : null,
                    emergency ? uniquePhone(phones, inChicago) : null,
                    emergency ? RELATIONSHIPS[rnd.nextInt(RELATIONSHIPS.length)] : null,
                    ContactChannel.values()[rnd.nextInt(ContactChannel.values().length)],
                    rnd.nextInt(100) < 70 ? job[0] : null,
                    rnd.nextInt(100) < 50 ? job[1] : null,
                    rnd.nextInt(100) < 55 ? SPORTS[rnd.nextInt(SPORTS.length)] : null,
                    REFERRALS[rnd.nextInt(REFERRALS.length)],
                    rnd.nextInt(100) < 6 ? alert(rnd.nextInt(ALERTS.length), sex, age) : null);
            Patient patient = new Patient(chartNumbers.get(patients.size()), details, today);
            patients.add(patient);
            home.put(patient, inChicago ? chicago : denver);
            if (rnd.nextInt(100) < 55) {
                insure(patient, age, inChicago, today);
            }
        }
    }

    /** The alert at this index, or the next one when a pregnancy does not fit the patient. */
    private static String alert(int index, Sex sex, int age) {
        String alert = ALERTS[index];
        boolean couldBePregnant = sex == Sex.FEMALE && age >= 18 && age <= 45;
        return alert.startsWith("Pregnant") && !couldBePregnant ? ALERTS[(index + 1) % ALERTS.length] : alert;
    }

    /** Mostly working-age adults, some teenagers (sports) and retirees. */
    private int age() {
        int band = rnd.nextInt(100);
        if (band < 8) {
            return 15 + rnd.nextInt(6);
        }
        if (band < 80) {
            return 21 + rnd.nextInt(40);
        }
        return 61 + rnd.nextInt(24);
    }

    private String uniquePhone(Set<String> taken, boolean chicago) {
        String[] codes = chicago ? CHICAGO_AREA_CODES : DENVER_AREA_CODES;
        while (true) {
            String phone = "(" + codes[rnd.nextInt(codes.length)] + ") 555-01" + String.format("%02d", rnd.nextInt(100));
            if (taken.add(phone)) {
                return phone;
            }
        }
    }

    private String uniqueEmail(Set<String> taken, String given, String family) {
        String base = SearchText.name(given).replace(" ", "") + "." + SearchText.name(family).replace(" ", "");
        String[] domains = {"example.com", "example.net", "example.org"};
        String email = base + "@" + domains[rnd.nextInt(domains.length)];
        for (int n = 2; !taken.add(email); n++) {
            email = base + n + "@" + domains[rnd.nextInt(domains.length)];
        }
        return email;
    }

    private Address address(boolean chicago) {
        String[] town = (chicago ? CHICAGO_TOWNS : DENVER_TOWNS)[rnd.nextInt(5)];
        String line2 = rnd.nextInt(4) == 0 ? "Apt " + (1 + rnd.nextInt(40)) : null;
        return new Address((10 + rnd.nextInt(4000)) + " " + STREETS[rnd.nextInt(STREETS.length)], line2, town[0],
                chicago ? "IL" : "CO", town[1] + String.format("%02d", rnd.nextInt(100)), "USA");
    }

    private void insure(Patient patient, int age, boolean chicago, LocalDate today) {
        if (age >= 65) {
            policies.add(new InsurancePolicy(patient, new PolicyDetails(InsurancePolicy.Priority.PRIMARY,
                    "Medicare Part B", memberId("MBI"), null, null, InsurancePolicy.Relationship.SELF, null,
                    null, null, null)));
            if (rnd.nextBoolean()) {
                policies.add(new InsurancePolicy(patient, new PolicyDetails(InsurancePolicy.Priority.SECONDARY,
                        "Heartland Medicare Supplement", memberId("HMS"), "MS-G", null,
                        InsurancePolicy.Relationship.SELF, null, null, null, null)));
            }
            return;
        }
        List<Payer> payers = PAYERS.stream().filter(p -> chicago ? p.chicago() : p.denver()).toList();
        Payer payer = payers.get(rnd.nextInt(payers.size()));
        InsurancePolicy.Relationship relationship = age < 24 ? InsurancePolicy.Relationship.CHILD
                : rnd.nextInt(100) < 15 ? InsurancePolicy.Relationship.SPOUSE : InsurancePolicy.Relationship.SELF;
        String subscriber = relationship == InsurancePolicy.Relationship.SELF ? null
                : (rnd.nextBoolean() ? FEMALE[rnd.nextInt(FEMALE.length)] : MALE[rnd.nextInt(MALE.length)]) + " "
                        + patient.getFamilyName();
        Money copayAmount = Money.of(payer.copays()[rnd.nextInt(payer.copays().length)]);
        Integer visits = null;
        LocalDate from = null;
        LocalDate to = null;
        if (rnd.nextInt(100) < 40) {
            visits = new int[] {6, 8, 12, 20}[rnd.nextInt(4)];
            from = today.minusDays(20 + rnd.nextInt(40));
            to = from.plusDays(90);
        }
        policies.add(new InsurancePolicy(patient, new PolicyDetails(InsurancePolicy.Priority.PRIMARY, payer.name(),
                memberId(payer.memberPrefix()), "G" + (10000 + rnd.nextInt(90000)), subscriber, relationship,
                copayAmount, visits, from, to)));
        copay.put(patient, copayAmount);
    }

    private String memberId(String prefix) {
        return prefix + (100000000 + rnd.nextInt(900000000));
    }
}
