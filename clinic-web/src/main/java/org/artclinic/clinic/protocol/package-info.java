/**
 * The protocol library's page ({@code charting/protocols.xhtml}: filters, details, and for
 * administrators editing, retiring, import and export) and its REST API ({@code /api/protocols}).
 */
package org.artclinic.clinic.protocol;
