/**
 * The benchmark data generator of issue 14: fills an empty PostgreSQL database, migrated by the
 * application's own Flyway scripts, with a seeded clinic of a chosen scale (patients, ten years of
 * appointments, signed notes, charges, claims, payments and the sealed audit trail they produce),
 * written with COPY and built through the domain's own entities and rules.
 */
package org.artclinic.clinic.bench;
