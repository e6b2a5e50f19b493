/**
 * Real-browser journeys (Selenium with Debian's Chromium and chromedriver, nothing downloaded):
 * what a person at the front desk, in the treatment room or in the back office does, click by
 * click. Tagged {@code browser}; a screenshot of every failure is saved under
 * {@code target/screenshots/}.
 */
package org.artclinic.clinic.journey;
