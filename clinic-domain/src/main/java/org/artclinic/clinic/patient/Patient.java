package org.artclinic.clinic.patient;

import java.time.LocalDate;
import java.time.Period;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.PhoneNumbers;
import org.artclinic.clinic.common.SearchText;
import org.artclinic.clinic.common.Text;

/** A person the clinic treats, identified to staff by a chart number. */
@Entity
@Table(name = "patient")
@NamedQuery(name = Patient.BY_CHART_NUMBER, query = "SELECT p FROM Patient p WHERE p.chartNumber = :chartNumber")
public class Patient extends BaseEntity {

    public static final String BY_CHART_NUMBER = "Patient.byChartNumber";

    @Column(name = "chart_number", nullable = false, unique = true, length = 20, updatable = false)
    private String chartNumber;

    @Column(name = "given_name", nullable = false, length = 80)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 80)
    private String familyName;

    @Column(name = "search_given", nullable = false, length = 80)
    private String searchGiven;

    @Column(name = "search_family", nullable = false, length = 80)
    private String searchFamily;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @Column(length = 40)
    private String phone;

    @Column(name = "phone_digits", nullable = false, length = 20)
    private String phoneDigits;

    /** The phone in E.164 form ("+13125550100"), for matching however it was typed; null without a phone. */
    @Column(name = "phone_e164", length = 20)
    private String phoneE164;

    @Column(length = 254)
    private String email;

    @Embedded
    private Address address;

    @Column(name = "emergency_contact_name", length = 120)
    private String emergencyContactName;

    @Column(name = "emergency_contact_phone", length = 40)
    private String emergencyContactPhone;

    @Column(name = "emergency_contact_relationship", length = 40)
    private String emergencyContactRelationship;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", length = 10)
    private ContactChannel preferredContact;

    @Column(length = 120)
    private String occupation;

    @Column(name = "work_setup", length = 500)
    private String workSetup;

    @Column(name = "sport_training_load", length = 500)
    private String sportAndTrainingLoad;

    @Column(name = "referral_source", length = 120)
    private String referralSource;

    /** Short notes every staff member must see, e.g. "Latex allergy", "Hard of hearing". */
    @Column(length = 500)
    private String alerts;

    @Column(nullable = false)
    private boolean active = true;

    protected Patient() {
    }

    /** A patient of a clinic in the {@linkplain PhoneNumbers#DEFAULT_REGION default phone region}. */
    public Patient(String chartNumber, PatientDetails details, LocalDate today) {
        this(chartNumber, details, today, PhoneNumbers.DEFAULT_REGION);
    }

    /** @param phoneRegion the country of phone numbers typed without a country code, e.g. "US" */
    public Patient(String chartNumber, PatientDetails details, LocalDate today, String phoneRegion) {
        this.chartNumber = Text.required(chartNumber, 20, "The chart number");
        update(details, today, phoneRegion);
    }

    /** {@link #update(PatientDetails, LocalDate, String)} in the default phone region. */
    public final void update(PatientDetails d, LocalDate today) {
        update(d, today, PhoneNumbers.DEFAULT_REGION);
    }

    /**
     * @param today to refuse birth dates in the future
     * @param phoneRegion the country of phone numbers typed without a country code
     */
    public final void update(PatientDetails d, LocalDate today, String phoneRegion) {
        givenName = Text.required(d.givenName(), 80, "The given name");
        familyName = Text.required(d.familyName(), 80, "The family name");
        if (d.birthDate() == null) {
            throw new DomainException("The birth date is required.");
        }
        if (d.birthDate().isAfter(today)) {
            throw new DomainException("The birth date cannot be in the future.");
        }
        if (d.birthDate().isBefore(today.minusYears(130))) {
            throw new DomainException("The birth date is more than 130 years ago; please check it.");
        }
        birthDate = d.birthDate();
        sex = d.sex() == null ? Sex.UNKNOWN : d.sex();
        phone = Text.optional(d.phone(), 40, "Phone");
        phoneE164 = PhoneNumbers.e164(phone, phoneRegion, "Phone");
        email = Text.optionalEmail(d.email());
        address = d.address() == null ? new Address() : d.address();
        emergencyContactName = Text.optional(d.emergencyContactName(), 120, "The emergency contact's name");
        emergencyContactPhone = Text.optional(d.emergencyContactPhone(), 40, "The emergency contact's phone");
        PhoneNumbers.e164(emergencyContactPhone, phoneRegion, "The emergency contact's phone");
        emergencyContactRelationship = Text.optional(d.emergencyContactRelationship(), 40,
                "The emergency contact's relationship");
        preferredContact = d.preferredContact();
        occupation = Text.optional(d.occupation(), 120, "Occupation");
        workSetup = Text.optional(d.workSetup(), 500, "Work set-up");
        sportAndTrainingLoad = Text.optional(d.sportAndTrainingLoad(), 500, "Sport and training load");
        referralSource = Text.optional(d.referralSource(), 120, "Referral source");
        alerts = Text.optional(d.alerts(), 500, "Alerts");
        searchGiven = SearchText.name(givenName);
        searchFamily = SearchText.name(familyName);
        phoneDigits = SearchText.digits(phone);
        if (searchGiven.isEmpty() || searchFamily.isEmpty()) {
            throw new DomainException("A name needs at least one letter.");
        }
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public PatientDetails details() {
        return new PatientDetails(givenName, familyName, birthDate, sex, phone, email, address, emergencyContactName,
                emergencyContactPhone, emergencyContactRelationship, preferredContact, occupation, workSetup,
                sportAndTrainingLoad, referralSource, alerts);
    }

    /** "Doe, Jane" as staff read a chart list. */
    public String getSortName() {
        return familyName + ", " + givenName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public String getSearchGiven() {
        return searchGiven;
    }

    public String getSearchFamily() {
        return searchFamily;
    }

    public String getPhoneDigits() {
        return phoneDigits;
    }

    public String getPhoneE164() {
        return phoneE164;
    }

    public String getChartNumber() {
        return chartNumber;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Address getAddress() {
        return address;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public String getEmergencyContactRelationship() {
        return emergencyContactRelationship;
    }

    public ContactChannel getPreferredContact() {
        return preferredContact;
    }

    public String getOccupation() {
        return occupation;
    }

    public String getWorkSetup() {
        return workSetup;
    }

    public String getSportAndTrainingLoad() {
        return sportAndTrainingLoad;
    }

    public String getReferralSource() {
        return referralSource;
    }

    public String getAlerts() {
        return alerts;
    }

    public boolean isActive() {
        return active;
    }
}
