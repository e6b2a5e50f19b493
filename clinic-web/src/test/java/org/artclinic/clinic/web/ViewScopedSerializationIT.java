package org.artclinic.clinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import javax.naming.InitialContext;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.omnifaces.cdi.Param;
import org.primefaces.model.LazyDataModel;

/**
 * Every {@code @ViewScoped} backing bean survives serialization with the state a page gives it,
 * as session replication on a Payara cluster (and session persistence across a restart) needs:
 * the web module is distributable. It is serialized the way Payara serializes sessions. The beans are found through the CDI container, so a new page's
 * bean is checked without anyone adding it here.
 *
 * <p>Each bean is built as the container would (its services and CDI beans injected, its URL
 * parameter an existing patient's id), given realistic state (its view action, its lists read, the
 * first page of each lazy table loaded, as the front desk and as an administrator), then written
 * and read back. A field that is not transient must come back; transient caches may not.
 */
@ExtendWith(ArquillianExtension.class)
class ViewScopedSerializationIT {

    @Inject
    private BeanManager beans;

    @EJB
    private PatientService patients;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsAdmin asAdmin;

    @Test
    void everyViewScopedBackingBeanIsSerializableWithRealisticState() throws Exception {
        List<Class<?>> viewScoped = viewScopedBeanClasses();
        assertTrue(viewScoped.stream().anyMatch(c -> c.getSimpleName().equals("PatientsBacking")),
                "the scan finds the page beans: " + viewScoped);

        Patient patient = asFrontDesk.call(() -> patients.register(PatientDetails.basic("Sera", "Lizable",
                LocalDate.of(1984, 4, 4), Sex.FEMALE, null, null), true));
        List<String> failures = new ArrayList<>();
        for (Class<?> type : viewScoped) {
            String problem = null;
            try {
                Object bean = build(type, patient.getId());
                exercise(bean);
                Object copy = roundTrip(bean);
                assertEquals(type, copy.getClass());
                assertStateCameBack(bean, copy);
            } catch (Exception | AssertionError e) {
                Throwable cause = e instanceof java.lang.reflect.InvocationTargetException && e.getCause() != null
                        ? e.getCause() : e;
                problem = cause.toString();
            }
            if (problem != null) {
                failures.add(type.getName() + ": " + problem);
            }
        }
        if (!failures.isEmpty()) {
            fail("view-scoped beans that do not survive serialization:\n" + String.join("\n", failures));
        }
    }

    private List<Class<?>> viewScopedBeanClasses() {
        Set<String> names = new TreeSet<>();
        List<Class<?>> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (bean.getScope() == ViewScoped.class && type.getName().startsWith("org.artclinic.clinic.")
                    && names.add(type.getName())) {
                found.add(type);
            }
        }
        found.sort((a, b) -> a.getName().compareTo(b.getName()));
        return found;
    }

    /** A plain instance with what the container would inject. */
    private Object build(Class<?> type, long patientId) throws Exception {
        assertTrue(Serializable.class.isAssignableFrom(type), type + " is not Serializable");
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object bean = constructor.newInstance();
        for (Field field : fields(type)) {
            field.setAccessible(true);
            if (field.isAnnotationPresent(EJB.class)) {
                field.set(bean, new InitialContext().lookup("java:module/" + field.getType().getSimpleName()));
            } else if (field.isAnnotationPresent(Param.class)) {
                if (field.getType() == Long.class) {
                    field.set(bean, patientId);
                }
            } else if (field.isAnnotationPresent(Inject.class)) {
                field.set(bean, CDI.current().select(field.getType()).get());
            }
        }
        return bean;
    }

    /** What a page does with its bean: the view action, then reading what it shows. */
    private void exercise(Object bean) {
        for (Callable<?> as : List.<Callable<?>>of(() -> asFrontDesk.call(() -> touch(bean)),
                () -> asAdmin.call(() -> touch(bean)))) {
            try {
                as.call();
            } catch (Exception notForThisRole) {
                // a page for the other role; what could be read is read
            }
        }
    }

    private static Object touch(Object bean) {
        for (Method method : bean.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || method.getDeclaringClass() == Object.class) {
                continue;
            }
            boolean getter = method.getName().startsWith("get") || method.getName().startsWith("is");
            if (!getter && !method.getName().equals("load") && !method.getName().equals("init")) {
                continue;
            }
            try {
                Object value = method.invoke(bean);
                if (value instanceof LazyDataModel<?> lazy) {
                    lazy.setRowCount(lazy.count(Map.of()));
                    lazy.setWrappedData(lazy.load(0, 25, Map.of(), Map.of()));
                }
            } catch (ReflectiveOperationException | RuntimeException needsAPage) {
                // e.g. a method that needs the Faces request of a real page
            }
        }
        return null;
    }

    /**
     * Writes and reads the bean with the streams Payara uses when it persists or replicates a
     * session (JavaEEIOUtils: they turn EJB references into handles and back), with the
     * application's class loader. Reached by reflection: it is the server's own API, not an
     * application dependency.
     */
    private static Object roundTrip(Object bean) throws Exception {
        Object io = payaraSessionStreams();
        Class<?> type = io.getClass();
        byte[] bytes = (byte[]) method(type, "serializeObject", Object.class, boolean.class).invoke(io, bean, true);
        return method(type, "deserializeObject", byte[].class, boolean.class, ClassLoader.class)
                .invoke(io, bytes, true, bean.getClass().getClassLoader());
    }

    private static Object payaraSessionStreams() throws Exception {
        Class<?> globals = Class.forName("org.glassfish.internal.api.Globals");
        Object locator = globals.getMethod("getDefaultHabitat").invoke(null);
        Class<?> ioUtils = Class.forName("com.sun.enterprise.container.common.spi.util.JavaEEIOUtils", true,
                globals.getClassLoader());
        Object io = locator.getClass().getMethod("getService", Class.class, java.lang.annotation.Annotation[].class)
                .invoke(locator, ioUtils, new java.lang.annotation.Annotation[0]);
        assertNotNull(io, "Payara's session serialization service");
        return io;
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        Method method = type.getMethod(name, parameters);
        method.setAccessible(true);
        return method;
    }

    private static void assertStateCameBack(Object original, Object copy) throws IllegalAccessException {
        for (Field field : fields(original.getClass())) {
            if (Modifier.isTransient(field.getModifiers()) || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            if (field.get(original) != null) {
                assertNotNull(field.get(copy), field.getName() + " came back empty");
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> all = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Collections.addAll(all, c.getDeclaredFields());
        }
        return all;
    }
}
