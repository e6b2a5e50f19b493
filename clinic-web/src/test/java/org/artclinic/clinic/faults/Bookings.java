package org.artclinic.clinic.faults;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.artclinic.clinic.testsupport.ApiClient;

/**
 * The front desk booking through the REST API from several threads at once, each booking in a
 * quarter hour of its own far in the future, noting every booking the server answered 201: what a
 * fault test then expects to find after a crash.
 */
final class Bookings {

    private final String practitionerId;
    private final String locationId;
    private final ZoneId zone;
    private final LocalDate firstDay;
    private final List<String> patients = new ArrayList<>();
    private final List<Integer> quarters = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger answered5xx = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicBoolean toldUnavailable = new AtomicBoolean();
    private final AtomicInteger lateServerErrors = new AtomicInteger();
    private final AtomicReference<String> serverError =
            new AtomicReference<>();
    private final AtomicReference<String> refusal = new AtomicReference<>();

    private Bookings(String practitionerId, String locationId, ZoneId zone, LocalDate firstDay) {
        this.practitionerId = practitionerId;
        this.locationId = locationId;
        this.zone = zone;
        this.firstDay = firstDay;
    }

    /**
     * A practitioner of the demo clinic, a location where they work on the weekday of
     * {@code firstDay}, and the quarter hours of that day they work there (found by booking each,
     * which counts as acknowledged); {@code threads} patients of the test's own.
     */
    static Bookings prepare(ApiClient desk, int threads, LocalDate firstDay) throws IOException, InterruptedException {
        List<String> practitioners = ApiClient.objects(desk.get("api/practitioners").body()).stream()
                .map(p -> ApiClient.field(p, "id")).toList();
        Map<String, ZoneId> locations = new LinkedHashMap<>();
        for (String room : ApiClient.objects(desk.get("api/rooms").body())) {
            locations.putIfAbsent(ApiClient.field(room, "locationId"),
                    ZoneId.of(ApiClient.field(room, "timeZone").replace("\"", "")));
        }
        String patient = desk.patient("Crash");
        for (String practitioner : practitioners) {
            for (Map.Entry<String, ZoneId> location : locations.entrySet()) {
                Bookings bookings = new Bookings(practitioner, location.getKey(), location.getValue(), firstDay);
                for (int quarter = 7 * 4; quarter < 19 * 4; quarter++) {
                    ZonedDateTime start = firstDay.atStartOfDay(location.getValue()).plusMinutes(15L * quarter);
                    HttpResponse<String> booked = bookings.book(desk, patient, start);
                    if (booked.statusCode() == 201) {
                        bookings.acknowledged.add(ApiClient.field(booked.body(), "id"));
                        bookings.quarters.add(quarter);
                    }
                }
                if (bookings.quarters.size() >= 8) {
                    bookings.patients.add(patient);
                    for (int i = 1; i < threads; i++) {
                        bookings.patients.add(desk.patient("Crash"));
                    }
                    return bookings;
                }
            }
        }
        throw new IllegalStateException("No practitioner of the demo clinic works on " + firstDay.getDayOfWeek());
    }

    private HttpResponse<String> book(ApiClient desk, String patient, ZonedDateTime start)
            throws IOException, InterruptedException {
        return desk.post("api/appointments", """
                {"patientId": %s, "practitionerId": %s, "locationId": %s, "start": "%s", "end": "%s",
                 "confirmSameDay": true}""".formatted(patient, practitionerId, locationId,
                start.toOffsetDateTime(), start.plusMinutes(15).toOffsetDateTime()));
    }

    /** The n-th free quarter hour: the same worked quarter hours, a week later each time round. */
    private ZonedDateTime slot(int n) {
        int week = 1 + n / quarters.size();
        return firstDay.plusWeeks(week).atStartOfDay(zone).plusMinutes(15L * quarters.get(n % quarters.size()));
    }

    /**
     * Books the {@code thread}-th patient into the {@code n}-th worked quarter hour of the week after
     * the first day, the same few slots over and over: for a soak, which cancels each booking again.
     */
    HttpResponse<String> bookAgain(ApiClient desk, int thread, int n) throws IOException, InterruptedException {
        return book(desk, patients.get(thread), slot(n % quarters.size()));
    }

    /** The prepared patients' ids, one per thread; the first also holds the bookings that found the slots. */
    List<String> patients() {
        return List.copyOf(patients);
    }

    /** How many patients (threads) were prepared. */
    int threads() {
        return patients.size();
    }

    /**
     * Books from one thread per patient until {@code stop} says so or the server goes away; returns
     * when every thread has ended.
     */
    void bookUntil(ApiClient desk, BooleanSupplier stop) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (String patient : patients) {
            Thread thread = new Thread(() -> {
                while (!stop.getAsBoolean()) {
                    ZonedDateTime start = slot(next.getAndIncrement());
                    Instant sentAt = Instant.now();
                    try {
                        HttpResponse<String> booked = book(desk, patient, start);
                        if (booked.statusCode() == 201) {
                            acknowledged.add(ApiClient.field(booked.body(), "id"));
                        } else {
                            refusal.compareAndSet(null, booked.statusCode() + " " + booked.body());
                            if (booked.statusCode() >= 500) {
                                answered5xx.incrementAndGet();
                            }
                            if (booked.statusCode() == 503) {
                                toldUnavailable.set(true);
                            }
                            if (booked.statusCode() >= 500 && booked.statusCode() != 503) {
                                if (signal.get() == null || sentBefore(signal.get(), sentAt)) {
                                    serverErrors.incrementAndGet();
                                    serverError.compareAndSet(null, booked.statusCode() + " " + booked.body() + " " + booked.headers().map());
                                } else {
                                    lateServerErrors.incrementAndGet();
                                }
                            }
                        }
                    } catch (IOException gone) {
                        if (sentBefore(signal.get(), sentAt)) {
                            cutOff.add(start + " (sent " + sentAt + ", signal " + signal.get() + ")");
                        }
                        return; // the server went away mid-request: no answer, so nothing was promised
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "booking-" + patient);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    Set<String> acknowledged() {
        return acknowledged;
    }

    private final AtomicReference<Instant> signal =
            new AtomicReference<>();
    private final List<String> cutOff = Collections.synchronizedList(new ArrayList<>());

    /** Notes that the application is being told to stop now. */
    void markSignal() {
        signal.set(Instant.now());
    }

    private static boolean sentBefore(Instant signal, Instant sent) {
        return signal != null && sent.isBefore(signal);
    }

    /** Requests sent before {@link #markSignal} that got no answer. */
    List<String> cutOff() {
        return List.copyOf(cutOff);
    }

    /** The first answer that was not 201, to say why in a failure. */
    String firstRefusal() {
        return refusal.get();
    }

    /** Whether the server answered 503 (it is stopping, or its database is away): a polite client backs off. */
    boolean toldUnavailable() {
        return toldUnavailable.get();
    }

    String firstServerError() {
        return serverError.get();
    }

    /** Answers 500 and up other than 503 to requests sent after {@link #markSignal}, while the server stopped. */
    int lateServerErrors() {
        return lateServerErrors.get();
    }

    /** Answers 500 and up other than 503 (which a stopping server gives) to requests sent before any signal. */
    int serverErrors() {
        return serverErrors.get();
    }

    int answered5xx() {
        return answered5xx.get();
    }

    /** The acknowledged bookings the server no longer has. */
    List<String> missing(ApiClient desk) throws IOException, InterruptedException {
        List<String> missing = new ArrayList<>();
        for (String id : acknowledged) {
            if (desk.get("api/appointments/" + id).statusCode() != 200) {
                missing.add(id);
            }
        }
        return missing;
    }
}
