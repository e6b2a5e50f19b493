/**
 * Demo content for the quick start, created at start-up when missing and never touched again, so
 * running the application twice is safe: the documented demo users (one per role), and a demo
 * clinic with two locations, six practitioners, 300 patients and weeks of appointments around
 * today, with intakes, consents and outcome measures for the patients already seen, the signed
 * notes of their past visits, and the practitioners' licences and ART certifications
 * ({@code DemoCredentials}), built through the domain rules ({@code DemoClinic},
 * {@code DemoPatients}, {@code DemoSchedule}, {@code DemoClinicalRecords} with
 * {@code DemoComplaints} and {@code DemoOutcomes}, {@code DemoVisitNotes}).
 */
package org.artclinic.clinic.demo;
