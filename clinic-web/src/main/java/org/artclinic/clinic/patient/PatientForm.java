package org.artclinic.clinic.patient;

import java.io.Serializable;
import java.time.LocalDate;

import org.artclinic.clinic.common.Address;

/**
 * The registration form's fields, as typed. {@link #toDetails()} hands them to the domain, which
 * checks them ({@link Patient}) and answers with a message for the user when something is wrong.
 */
public class PatientForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenName;
    private String familyName;
    private LocalDate birthDate;
    private Sex sex;
    private String phone;
    private String email;
    private ContactChannel preferredContact;
    private String line1;
    private String line2;
    private String city;
    private String region;
    private String postalCode;
    private String country;
    private String emergencyContactName;
    private String emergencyContactPhone;
    private String emergencyContactRelationship;
    private String occupation;
    private String workSetup;
    private String sportAndTrainingLoad;
    private String referralSource;
    private String alerts;

    static PatientForm of(PatientDetails d) {
        PatientForm form = new PatientForm();
        form.givenName = d.givenName();
        form.familyName = d.familyName();
        form.birthDate = d.birthDate();
        form.sex = d.sex();
        form.phone = d.phone();
        form.email = d.email();
        form.preferredContact = d.preferredContact();
        Address a = d.address();
        if (a != null) {
            form.line1 = a.getLine1();
            form.line2 = a.getLine2();
            form.city = a.getCity();
            form.region = a.getRegion();
            form.postalCode = a.getPostalCode();
            form.country = a.getCountry();
        }
        form.emergencyContactName = d.emergencyContactName();
        form.emergencyContactPhone = d.emergencyContactPhone();
        form.emergencyContactRelationship = d.emergencyContactRelationship();
        form.occupation = d.occupation();
        form.workSetup = d.workSetup();
        form.sportAndTrainingLoad = d.sportAndTrainingLoad();
        form.referralSource = d.referralSource();
        form.alerts = d.alerts();
        return form;
    }

    /** @throws org.artclinic.clinic.common.DomainException when a part of the address is too long */
    PatientDetails toDetails() {
        return new PatientDetails(givenName, familyName, birthDate, sex, phone, email,
                new Address(line1, line2, city, region, postalCode, country), emergencyContactName,
                emergencyContactPhone, emergencyContactRelationship, preferredContact, occupation, workSetup,
                sportAndTrainingLoad, referralSource, alerts);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ContactChannel getPreferredContact() {
        return preferredContact;
    }

    public void setPreferredContact(ContactChannel preferredContact) {
        this.preferredContact = preferredContact;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }

    public String getEmergencyContactRelationship() {
        return emergencyContactRelationship;
    }

    public void setEmergencyContactRelationship(String emergencyContactRelationship) {
        this.emergencyContactRelationship = emergencyContactRelationship;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getWorkSetup() {
        return workSetup;
    }

    public void setWorkSetup(String workSetup) {
        this.workSetup = workSetup;
    }

    public String getSportAndTrainingLoad() {
        return sportAndTrainingLoad;
    }

    public void setSportAndTrainingLoad(String sportAndTrainingLoad) {
        this.sportAndTrainingLoad = sportAndTrainingLoad;
    }

    public String getReferralSource() {
        return referralSource;
    }

    public void setReferralSource(String referralSource) {
        this.referralSource = referralSource;
    }

    public String getAlerts() {
        return alerts;
    }

    public void setAlerts(String alerts) {
        this.alerts = alerts;
    }
}
