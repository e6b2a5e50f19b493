/**
 * The patient's progress over a period (decision 0033): {@link ProgressService} reads a bounded
 * window of intakes, visit notes and outcome measures and builds the domain's series from them.
 */
package org.artclinic.clinic.progress;
