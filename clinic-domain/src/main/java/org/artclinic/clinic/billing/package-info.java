/**
 * Billing rules (issue 12), written once and named by their source. So far: how many units the
 * timed minutes of a visit bill, under the CMS 8-minute rule or a payer's per-service rule.
 */
package org.artclinic.clinic.billing;
