/**
 * The patient's progress chart (decision 0033): {@code charting/progress.xhtml} draws the series of
 * the domain's {@link org.artclinic.clinic.progress.Progress} with PrimeFaces {@code p:chart}, each
 * chart with its data as a table, and {@code GET /api/patients/{id}/progress} gives them as JSON.
 */
package org.artclinic.clinic.progress;
