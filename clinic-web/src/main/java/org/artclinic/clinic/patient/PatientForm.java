package org.artclinic.clinic.patient;

import java.io.Serializable;
import java.time.LocalDate;

import org.artclinic.clinic.web.AddressForm;

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
    private AddressForm address = new AddressForm();
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
        form.address = AddressForm.of(d.address());
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
                address.toAddress(), emergencyContactName,
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

    public AddressForm getAddress() {
        return address;
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
