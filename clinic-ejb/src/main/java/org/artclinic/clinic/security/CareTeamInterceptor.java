package org.artclinic.clinic.security;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import org.artclinic.clinic.audit.AuditContext;
import org.artclinic.clinic.audit.AuditInterceptor;
import org.artclinic.clinic.common.OutsideCareTeam;
import org.artclinic.clinic.patient.Patient;

/**
 * Keeps a practitioner to their care team ({@link PatientAccess}, decision 0039), bound to every
 * EJB in ejb-jar.xml after the audit interceptor, so that a new service method is covered without
 * anyone remembering to and a refusal is audited as a denial against the patient.
 *
 * <p>It applies where the caller may make the call only as a practitioner: the method allows the
 * PRACTITIONER role and no other role the caller holds. Such a call that names a patient (a
 * {@code patientId} parameter or a {@link Patient}) is checked before it runs; one that returns a
 * patient's record (a patient, a summary, a note: anything with {@code getPatient()}) is checked
 * on its result, and refused before the record leaves the service. Lists are not checked: a search
 * finds names so that the practitioner can ask for break-glass. Only the outermost service call is
 * checked; the calls it makes are part of it. A practitioner's writes to a record found by its own
 * id (sign this note) are already refused when the record is another's ({@code NotYours}).
 */
public class CareTeamInterceptor {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private static final Map<Method, String[]> ROLES = new ConcurrentHashMap<>();

    @Resource
    private EJBContext context;

    @EJB
    private CareTeamService careTeam;

    @AroundInvoke
    public Object keepToCareTeam(InvocationContext call) throws Exception {
        int[] depth = DEPTH.get();
        if (depth[0] > 0) {
            return call.proceed();
        }
        depth[0]++;
        try {
            // break-glass itself is how a practitioner reaches a patient outside their care team
            boolean scoped = call.getMethod().getDeclaringClass() != CareTeamService.class
                    && practitionerOnly(call.getMethod());
            Long named = scoped ? patientNamed(call) : null;
            if (named != null) {
                require(named);
            }
            Object result = call.proceed();
            if (scoped && result != null && !(result instanceof java.util.Collection<?>)) {
                Long owner = AuditInterceptor.patientId(result);
                if (owner != null && !owner.equals(named)) {
                    require(owner);
                }
            }
            return result;
        } finally {
            depth[0]--;
        }
    }

    private void require(long patientId) {
        String caller = context.getCallerPrincipal().getName();
        // once per request: the services a patient's page calls would each ask again (decision 0047)
        PatientAccess access = AuditContext.oncePerRequest("care-team:" + caller + ":" + patientId,
                () -> careTeam.access(caller, patientId));
        if (!access.allows()) {
            throw new OutsideCareTeam(patientId);
        }
        if (access == PatientAccess.BREAK_GLASS) {
            AuditContext.detail("Opened under break-glass.");
        }
    }

    /** Whether the caller may make this call only because they are a practitioner. */
    private boolean practitionerOnly(Method method) {
        String[] allowed = ROLES.computeIfAbsent(method, CareTeamInterceptor::rolesOf);
        boolean practitioner = false;
        for (String role : allowed) {
            if (Role.Names.PRACTITIONER.equals(role)) {
                practitioner = true;
            }
        }
        if (!practitioner || !safeInRole(Role.Names.PRACTITIONER)) {
            return false;
        }
        for (String role : allowed) {
            if (!Role.Names.PRACTITIONER.equals(role) && safeInRole(role)) {
                return false;
            }
        }
        return true;
    }

    private boolean safeInRole(String role) {
        return AuditContext.callerInRole(context, role);
    }

    private static String[] rolesOf(Method method) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? new String[0] : roles.value();
    }

    private static Long patientNamed(InvocationContext call) {
        Parameter[] parameters = call.getMethod().getParameters();
        Object[] arguments = call.getParameters();
        for (int i = 0; i < parameters.length && i < arguments.length; i++) {
            if (arguments[i] instanceof Patient patient) {
                return patient.getId();
            }
            if ("patientId".equals(parameters[i].getName()) && arguments[i] instanceof Number id) {
                return id.longValue();
            }
        }
        return null;
    }
}
