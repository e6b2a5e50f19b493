/**
 * Building blocks shared by every feature: the persistent base class that gives each editable
 * record its identity and its optimistic-locking version, and the domain exception type whose
 * message is written for the person who has to act on it.
 */
package org.artclinic.clinic.common;
