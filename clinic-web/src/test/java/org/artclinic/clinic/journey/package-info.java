/**
 * Real-browser journeys (Selenium with Debian's Chromium and chromedriver, nothing downloaded):
 * what a person at the front desk, in the treatment room or in the back office does, click by
 * click. Tagged {@code browser}; a screenshot of every failure is saved under
 * {@code target/screenshots/}.
 *
 * <p>Journeys run outside the server and set up their data the way the clinic would: over the
 * REST API as a demo user ({@link org.artclinic.clinic.journey.ClinicRest}), on the
 * administrator's set-up pages ({@link org.artclinic.clinic.journey.SetupScreens}), or with the
 * demo clinic's set-up; never through Arquillian's test runner. Each test makes its own uniquely
 * named data, so tests run in any order and again against the same database.
 */
package org.artclinic.clinic.journey;
