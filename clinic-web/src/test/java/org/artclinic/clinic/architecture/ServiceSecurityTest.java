package org.artclinic.clinic.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;

import com.google.common.reflect.ClassPath;
import org.junit.jupiter.api.Test;

/**
 * Every service denies by default and every business method names who may call it (decision 0038):
 * the class carries {@code @DenyAll}, so a method someone adds without thinking about roles is
 * refused to everyone instead of open to everyone, and each public method carries its own
 * {@code @RolesAllowed} (or {@code @PermitAll}). Only the infrastructure beans below, which hold
 * no patient data and are called before anyone signs in, are open.
 */
class ServiceSecurityTest {

    /** The clock, the audit trail's writer and sealer, the database's version for the health check. */
    private static final Set<String> OPEN = Set.of("ClinicClock", "AuditTrail", "AuditSealer", "DatabaseStatus");

    @Test
    void everyServiceDeniesByDefaultAndEachOfItsMethodsNamesItsRoles() throws IOException {
        List<String> offenders = new ArrayList<>();
        int services = 0;
        for (ClassPath.ClassInfo info : ClassPath.from(getClass().getClassLoader())
                .getTopLevelClassesRecursive("org.artclinic.clinic")) {
            if (info.getName().startsWith("org.artclinic.clinic.testsupport.")) {
                continue; // the tests' own beans that sign in as a role
            }
            Class<?> bean;
            try {
                bean = Class.forName(info.getName(), false, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError notLoadable) {
                continue; // a page bean whose library is not on this test's class path: not a service
            }
            if (!bean.isAnnotationPresent(Stateless.class) && !bean.isAnnotationPresent(Singleton.class)
                    && !bean.isAnnotationPresent(Stateful.class)) {
                continue;
            }
            services++;
            boolean open = OPEN.contains(bean.getSimpleName());
            if (open ? !bean.isAnnotationPresent(PermitAll.class) : !bean.isAnnotationPresent(DenyAll.class)) {
                offenders.add(bean.getName() + ": the class needs " + (open ? "@PermitAll" : "@DenyAll"));
            }
            for (Method method : bean.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isAnnotationPresent(RolesAllowed.class)
                        && !method.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(DenyAll.class)) {
                    offenders.add(bean.getSimpleName() + "." + method.getName() + " names no roles");
                }
            }
        }
        assertTrue(services >= 25, "the services were found: " + services);
        assertTrue(offenders.isEmpty(), "Give each service @DenyAll and each public method its @RolesAllowed:\n"
                + String.join("\n", offenders));
    }
}
