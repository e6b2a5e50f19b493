/**
 * Treatment plans (decision 0032): the diagnoses, the measurable goals, how often and how long the
 * patient comes, when the plan is re-evaluated, and the home program the patient takes away. The
 * default course and the aftercare categories follow the domain article (shared reference
 * active-release-treatment-article.txt, "results within two to four weeks, commonly after three to six
 * visits" and "What to Do After an ART Session: Recovery &amp; Aftercare"): home work
 * that uses the new range, short mobility work, progressive strengthening, changes of load and
 * set-up, and tracking progress.
 */
package org.artclinic.clinic.plan;
