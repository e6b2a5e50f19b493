package org.artclinic.clinic.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service or method that touches no patient data and changes nothing worth a row of the audit
 * trail (the clock, the audit trail itself). Everything else is audited by default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NotAudited {
}
