package org.artclinic.clinic.audit;

/**
 * What the audit trail needs to know about the request being served that the services cannot see:
 * the caller's address (set by the web layer's filter for each request), and the values before and
 * after of the change a service is making (set by the service, written by {@link AuditInterceptor}
 * into the call's row). Kept per thread: the web container serves a request on one thread, and local
 * EJB calls run on the caller's.
 */
public final class AuditContext {

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();
    private static final ThreadLocal<String[]> CHANGE = new ThreadLocal<>();
    private static final ThreadLocal<String> DETAIL = new ThreadLocal<>();
    /** What this request has already read and decided (decision 0047); none outside a web request. */
    private static final ThreadLocal<java.util.Map<String, Object>> REQUEST = new ThreadLocal<>();

    private AuditContext() {
    }

    /** The request's client address, from now until {@link #leave()}. */
    public static void enter(String address) {
        ADDRESS.set(address);
        REQUEST.set(new java.util.HashMap<>());
    }

    public static void leave() {
        ADDRESS.remove();
        REQUEST.remove();
        CHANGE.remove();
        DETAIL.remove();
    }

    public static String address() {
        return ADDRESS.get();
    }

    /** A service's change: its values before and after (as text), for the row of the call making it. */
    public static void changed(Object before, Object after) {
        CHANGE.set(new String[] {before == null ? null : before.toString(), after == null ? null : after.toString()});
    }

    /**
     * Something a reviewer needs to read in the row of the call being made: the reason given for
     * break-glass, or that a record was opened under it.
     */
    public static void detail(String text) {
        DETAIL.set(text);
    }

    /** The detail noted during the call, then forgotten. */
    static String takeDetail() {
        String detail = DETAIL.get();
        DETAIL.remove();
        return detail;
    }

    /**
     * Whether {@code key} is new in the request being served (and remembers it); always true outside
     * a request (a timer, a test calling a service), where every call stands on its own.
     */
    static boolean firstInRequest(String key) {
        java.util.Map<String, Object> request = REQUEST.get();
        return request == null || request.putIfAbsent(key, Boolean.TRUE) == null;
    }

    /**
     * A decision made once per request, e.g. whether the caller may open a patient: the services a
     * page calls ask it a dozen times while the page is built (decision 0047). Outside a request it
     * is made every time.
     */
    @SuppressWarnings("unchecked")
    public static <T> T oncePerRequest(String key, java.util.function.Supplier<T> decision) {
        java.util.Map<String, Object> request = REQUEST.get();
        if (request == null) {
            return decision.get();
        }
        Object known = request.get(key);
        if (known == null) {
            known = decision.get();
            request.put(key, known);
        }
        return (T) known;
    }

    /**
     * Whether the caller is in {@code role}, asked of the container once per request and caller:
     * each question is a policy check behind a lock that every request shares, and a page makes a
     * dozen calls that ask (issue 14, decision 0053). False where the context cannot tell.
     */
    public static boolean callerInRole(jakarta.ejb.EJBContext context, String role) {
        String caller;
        try {
            caller = context.getCallerPrincipal().getName();
        } catch (IllegalStateException e) {
            return false;
        }
        return oncePerRequest("in-role " + caller + " " + role, () -> {
            try {
                return context.isCallerInRole(role);
            } catch (IllegalStateException e) {
                return false;
            }
        });
    }

    /** The change noted during the call, then forgotten. */
    static String[] takeChange() {
        String[] change = CHANGE.get();
        CHANGE.remove();
        return change;
    }
}
