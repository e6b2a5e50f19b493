package org.artclinic.clinic.web;

import java.io.Serializable;
import java.util.stream.Stream;

import org.artclinic.clinic.common.Address;

/**
 * The address fields of a form, as typed; the patient form and the location dialog both use it,
 * with the markup in {@code WEB-INF/includes/address-fields.xhtml}. {@link #toAddress()} hands
 * them to the domain, which checks their lengths.
 */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String line1;
    private String line2;
    private String city;
    private String region;
    private String postalCode;
    private String country;

    public static AddressForm of(Address address) {
        AddressForm form = new AddressForm();
        if (address != null) {
            form.line1 = address.getLine1();
            form.line2 = address.getLine2();
            form.city = address.getCity();
            form.region = address.getRegion();
            form.postalCode = address.getPostalCode();
            form.country = address.getCountry();
        }
        return form;
    }

    /** @throws org.artclinic.clinic.common.DomainException when a part is too long */
    public Address toAddress() {
        return new Address(line1, line2, city, region, postalCode, country);
    }

    /** The parts that were given, on one line: "12 Lake St, Chicago, IL". */
    public static String oneLine(Address address) {
        if (address == null) {
            return "";
        }
        return String.join(", ", Stream.of(address.getLine1(), address.getLine2(), address.getCity(),
                address.getRegion(), address.getPostalCode(), address.getCountry())
                .filter(part -> part != null && !part.isBlank()).toList());
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
}
