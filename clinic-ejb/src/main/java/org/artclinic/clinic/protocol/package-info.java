/**
 * The protocol library's services: searching it a page at a time, the administrators' changes
 * (create, edit, retire, reactivate), import and export as CSV or JSON, and the start-up seeder
 * that loads the library shipped with the application into an empty table.
 */
package org.artclinic.clinic.protocol;
