/**
 * Demo content for the quick start: the documented demo users (one per role), created at
 * start-up when missing and never touched again, so running the application twice is safe.
 */
package org.artclinic.clinic.demo;
