package org.artclinic.clinic.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address; every part is optional, since front desks often learn it bit by bit. */
@Embeddable
public class Address implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "address_line1", length = 120)
    private String line1;

    @Column(name = "address_line2", length = 120)
    private String line2;

    @Column(name = "address_city", length = 80)
    private String city;

    @Column(name = "address_region", length = 80)
    private String region;

    @Column(name = "address_postal_code", length = 20)
    private String postalCode;

    @Column(name = "address_country", length = 80)
    private String country;

    public Address() {
    }

    public Address(String line1, String line2, String city, String region, String postalCode, String country) {
        this.line1 = Text.optional(line1, 120, "Address line 1");
        this.line2 = Text.optional(line2, 120, "Address line 2");
        this.city = Text.optional(city, 80, "City");
        this.region = Text.optional(region, 80, "State or region");
        this.postalCode = Text.optional(postalCode, 20, "Postal code");
        this.country = Text.optional(country, 80, "Country");
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getCity() {
        return city;
    }

    public String getRegion() {
        return region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }
}
