package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A clinic-wide setting that administrators change in the application (not in the server's
 * configuration), by name; a setting without a row has its default. Names are constants here.
 */
@Entity
@Table(name = "clinic_setting")
public class ClinicSetting implements Serializable {

    private static final long serialVersionUID = 1L;

    /** "true" when every administrator must sign in with two factors (decision 0028); default false. */
    public static final String TWO_FACTOR_FOR_ADMINISTRATORS = "security.two-factor-for-administrators";

    @Id
    @Column(length = 100)
    private String name;

    /** "setting_value": VALUE is a reserved word in H2. */
    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @Version
    @Column(nullable = false)
    private long version;

    protected ClinicSetting() {
        // for JPA
    }

    public ClinicSetting(String name, String value) {
        this.name = Objects.requireNonNull(name, "name");
        change(value);
    }

    public void change(String newValue) {
        this.value = Objects.requireNonNull(newValue, "value");
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public boolean isOn() {
        return Boolean.parseBoolean(value);
    }
}
