/**
 * Pieces of the web tier shared by every feature: the resource bundle with all user-visible
 * text and the helpers for showing messages.
 */
package org.artclinic.clinic.web;
