package org.artclinic.clinic.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.security.Principal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.NotYours;
import org.artclinic.clinic.common.OutsideCareTeam;
import org.artclinic.clinic.patient.Patient;

/**
 * Audits every service call by default (bound to every EJB of the module in ejb-jar.xml, so a new
 * service method is audited without anyone remembering to): one row per call a user makes from a
 * page or the API (calls a service makes to another are part of it), with who, when, from where,
 * the action and the record, the patient it concerns, and how it ended.
 *
 * <ul>
 * <li>A call that changes something (its name starts with a verb of change: create, update, sign,
 *     cancel, …) always gets a row, with the values before and after when the service noted them
 *     ({@link AuditContext#changed}).</li>
 * <li>A read gets a row when it concerns a patient: a parameter {@code patientId} or a
 *     {@link Patient}, or a result that is a patient or belongs to one; a read returning a list of
 *     such is a search. A read of nothing patient-related (payers, code sets, set-up) gets none.</li>
 * <li>A refusal (a clinic rule), a denial (the caller's role or patient) or a failure is written in a
 *     transaction of its own, so it stays when the call's transaction rolls back.</li>
 * </ul>
 * Calls without a user (start-up, timers) and {@link NotAudited} services are not audited.
 */
public class AuditInterceptor {

    /** How deep in service calls the thread is: only the outermost call is audited. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private static final List<String> CREATE = List.of("create", "add", "register", "book", "open", "import",
            "upload", "make", "post", "record", "take", "new", "copy", "rebook", "issue", "publish", "claim", "bill",
            "send");
    private static final List<String> DELETE = List.of("delete", "remove", "revoke", "cancel", "retire", "deactivate",
            "discontinue", "unlink", "withdraw");
    private static final List<String> CHANGE = List.of("update", "save", "change", "set", "move", "fix", "replace",
            "approve", "check", "mark", "close", "end", "complete", "reactivate", "reset", "unlock", "lock", "link",
            "enable", "disable", "require", "confirm", "use", "keep", "start", "finish", "edit", "apply", "assign",
            "grant", "restore", "merge", "accept", "decline", "reject", "offer", "schedule", "resolve", "submit",
            "reorder", "rename", "write", "verify", "amend");
    private static final List<String> PRINT = List.of("superbill", "statement", "handout", "pdf", "print");
    private static final List<String> EXPORT = List.of("export", "feed", "download");

    @Resource
    private EJBContext context;

    @EJB
    private AuditTrail trail;

    @EJB
    private org.artclinic.clinic.setup.ClinicClock clock;

    @AroundInvoke
    public Object audit(InvocationContext call) throws Exception {
        int[] depth = DEPTH.get();
        Method method = call.getMethod();
        String user = depth[0] > 0 || skipped(call) ? null : caller();
        if (user == null) {
            return call.proceed();
        }
        depth[0]++;
        // The time is read before the call: once a call fails, its transaction may be marked for rollback,
        // and any further call of a bean in it (the clock is one) would be refused.
        Instant at = clock.now();
        try {
            Object result;
            try {
                result = call.proceed();
            } catch (Exception e) {
                AuditContext.takeDetail();
                AuditEvent.Builder refused = event(at, call, user, action(method)).outcome(outcome(e))
                        .detail(e.getClass().getSimpleName() + ": " + e.getMessage());
                patientOf(call.getParameters(), method, null, refused);
                if (e instanceof OutsideCareTeam outside) {
                    refused.patient(outside.getPatientId());
                }
                trail.recordAlone(refused.build());
                throw e;
            }
            AuditAction action = action(method);
            AuditEvent.Builder done = event(at, call, user, action);
            boolean patient = patientOf(call.getParameters(), method, result, done);
            boolean read = action == AuditAction.VIEW;
            if (read && result instanceof Collection<?> rows && !rows.isEmpty() && bearsPatient(rows.iterator().next())) {
                done = event(at, call, user, AuditAction.SEARCH).detail(rows.size() + " results");
                if (!patientOf(call.getParameters(), method, null, done) && rows.size() == 1) {
                    // a search that found one patient's record names that patient
                    done.patient(patientId(rows.iterator().next()));
                }
                patient = true;
            }
            if (read && !patient) {
                AuditContext.takeDetail();
                return result;
            }
            String[] change = AuditContext.takeChange();
            if (change != null) {
                done.change(change[0], change[1]);
            }
            String detail = AuditContext.takeDetail();
            if (detail != null) {
                done.detail(detail);
            }
            AuditEvent event = done.build();
            if (read && change == null && detail == null && !AuditContext.firstInRequest(readKey(event))) {
                // a page reads the same patient through a dozen service calls while it is built: one
                // row for the page's read of that patient, not one per call (decision 0047)
                return result;
            }
            trail.record(event);
            return result;
        } finally {
            depth[0]--;
        }
    }

    /**
     * What makes two reads in one request the same read: the patient read (whatever the service that
     * read it), or for a read of no one patient (a search), the call and its record.
     */
    private static String readKey(AuditEvent event) {
        return event.getPatientId() != null ? "read:" + event.getUser() + ":" + event.getPatientId()
                : "read:" + event.getUser() + ":" + event.getAction() + ":" + event.getSource() + ":" + event.getRecordType()
                        + ":" + event.getRecordId() + ":" + event.getDetail();
    }

    private static boolean skipped(InvocationContext call) {
        Class<?> bean = call.getMethod().getDeclaringClass();
        return bean.isAnnotationPresent(NotAudited.class) || call.getMethod().isAnnotationPresent(NotAudited.class)
                || call.getTarget().getClass().isAnnotationPresent(NotAudited.class);
    }

    private String caller() {
        Principal principal;
        try {
            principal = context.getCallerPrincipal();
        } catch (IllegalStateException e) {
            return null;
        }
        if (principal == null || "ANONYMOUS".equalsIgnoreCase(principal.getName())) {
            return null;
        }
        return principal.getName();
    }

    private AuditEvent.Builder event(Instant at, InvocationContext call, String user, AuditAction action) {
        Method method = call.getMethod();
        return AuditEvent.of(at, user, action, method.getDeclaringClass().getSimpleName() + "."
                + method.getName()).address(AuditContext.address()).roles(roles());
    }

    /** The caller's roles, e.g. "FRONT_DESK,MANAGER" (ASTM E2147-18 asks for the user's role). */
    private String roles() {
        StringBuilder roles = new StringBuilder();
        for (org.artclinic.clinic.security.Role role : org.artclinic.clinic.security.Role.values()) {
            if (AuditContext.callerInRole(context, role.name())) {
                roles.append(roles.length() == 0 ? "" : ",").append(role.name());
            }
        }
        return roles.length() == 0 ? null : roles.toString();
    }

    /** The action a method's name says. */
    static AuditAction action(Method method) {
        String name = method.getName().toLowerCase(Locale.ROOT);
        if (name.startsWith("breakglass")) {
            return AuditAction.EMERGENCY_ACCESS;
        }
        if (PRINT.stream().anyMatch(name::contains)) {
            return AuditAction.PRINT;
        }
        if (EXPORT.stream().anyMatch(name::startsWith)) {
            return AuditAction.EXPORT;
        }
        if (name.startsWith("sign") && !name.startsWith("signin")) {
            return AuditAction.SIGN;
        }
        if (DELETE.stream().anyMatch(name::startsWith)) {
            return AuditAction.DELETE;
        }
        if (CREATE.stream().anyMatch(name::startsWith)) {
            return AuditAction.CREATE;
        }
        if (CHANGE.stream().anyMatch(name::startsWith)) {
            return AuditAction.UPDATE;
        }
        return AuditAction.VIEW;
    }

    private static AuditOutcome outcome(Exception e) {
        if (e instanceof EJBAccessException || e instanceof NotYours || e instanceof SecurityException) {
            return AuditOutcome.DENIED;
        }
        return e instanceof DomainException ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
    }

    /**
     * Fills in the patient and the record of the call, from its parameters (a {@code patientId}, a
     * {@link Patient}, else the first id) and its result (a patient, or a record of one); whether a
     * patient was found.
     */
    private static boolean patientOf(Object[] arguments, Method method, Object result, AuditEvent.Builder event) {
        Long patient = null;
        Object firstId = null;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length && i < arguments.length; i++) {
            Object value = arguments[i];
            String name = parameters[i].getName();
            if (value instanceof Patient p) {
                patient = p.getId();
            } else if ("patientId".equals(name) && value instanceof Number n) {
                patient = n.longValue();
            } else if (firstId == null && value instanceof Number n && (name.equals("id") || name.endsWith("Id"))) {
                firstId = n;
            }
        }
        if (result != null && !(result instanceof Collection<?>) && bearsPatient(result)) {
            Long fromResult = patientId(result);
            patient = patient == null ? fromResult : patient;
            event.record(result.getClass().getSimpleName(), idOf(result));
        } else if (firstId != null) {
            event.record(method.getDeclaringClass().getSimpleName().replaceFirst("Service$", ""), firstId);
        }
        event.patient(patient);
        return patient != null;
    }

    static boolean bearsPatient(Object value) {
        if (value instanceof Patient) {
            return true;
        }
        for (String name : new String[] {"getPatient", "patient"}) {
            Method m = accessor(value, name);
            if (m != null && Patient.class.isAssignableFrom(m.getReturnType())) {
                return true;
            }
        }
        return patientIdAccessor(value) != null;
    }

    /** A row read without its entities (a calendar's {@code CalendarEntry}) names its patient by {@code patientId()}. */
    private static Method patientIdAccessor(Object value) {
        Method m = accessor(value, "patientId");
        return m != null && (m.getReturnType() == long.class || m.getReturnType() == Long.class) ? m : null;
    }

    /** The patient a result is, or belongs to ({@code getPatient()}); null for anything else. */
    public static Long patientId(Object value) {
        if (value instanceof Patient p) {
            return p.getId();
        }
        Method byId = patientIdAccessor(value);
        if (byId != null) {
            try {
                return (Long) byId.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        for (String name : new String[] {"getPatient", "patient"}) {
            Method m = accessor(value, name);
            if (m != null) {
                try {
                    Object p = m.invoke(value);
                    if (p instanceof Patient patient) {
                        return patient.getId();
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Object idOf(Object value) {
        Method m = accessor(value, "getId");
        try {
            return m == null ? null : m.invoke(value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Method accessor(Object value, String name) {
        Class<?> type = value.getClass();
        return ACCESSORS.get(type).computeIfAbsent(name, n -> getter(type, n)).orElse(null);
    }

    /**
     * The getters of each result class, looked up once per class and name: {@code getMethod} throws
     * for a name the class lacks, and every audited call asks for several (in a profile of the REST
     * closed loop those exceptions took 1.5 % of the server's CPU; issue 14).
     */
    private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static Optional<Method> getter(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            return m.getParameterCount() == 0 && m.getReturnType() != void.class ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
