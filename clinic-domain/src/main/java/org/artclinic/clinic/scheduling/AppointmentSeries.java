package org.artclinic.clinic.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.patient.Patient;

/**
 * A course of visits booked together ("twice a week for three weeks"). The series remembers its
 * rule; its appointments can later be changed or cancelled one by one, from one onwards, or all.
 */
@Entity
@Table(name = "appointment_series")
public class AppointmentSeries extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Patient patient;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "length_minutes", nullable = false)
    private int lengthMinutes;

    /** Weekdays as ISO numbers, e.g. "1,4" for Monday and Thursday. */
    @Column(name = "week_days", nullable = false, length = 20)
    private String weekDays;

    @Column(nullable = false)
    private int weeks;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppointmentSeries() {
    }

    public AppointmentSeries(Patient patient, RecurrenceRule rule, String createdBy, Instant createdAt) {
        this.patient = Objects.requireNonNull(patient, "patient");
        this.firstDay = rule.firstDay();
        this.startTime = rule.startTime();
        this.lengthMinutes = (int) rule.length().toMinutes();
        this.weekDays = rule.days().stream().sorted().map(d -> Integer.toString(d.getValue()))
                .collect(Collectors.joining(","));
        this.weeks = rule.weeks();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Adds a booked occurrence to the series. */
    public void add(Appointment occurrence) {
        occurrence.joinSeries(this);
    }

    public RecurrenceRule getRule() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekDays.split(",")).map(Integer::parseInt).map(DayOfWeek::of).forEach(days::add);
        return new RecurrenceRule(firstDay, startTime, Duration.ofMinutes(lengthMinutes), days, weeks);
    }

    public Patient getPatient() {
        return patient;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
