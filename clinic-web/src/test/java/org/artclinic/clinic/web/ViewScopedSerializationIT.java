package org.artclinic.clinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
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
 * Every {@code @ViewScoped} backing bean survives Java serialization with the state a page gives
 * it, as session replication on a cluster (and session persistence across a restart) needs: the
 * web module is distributable. The beans are found through the CDI container, so a new page's
 * bean is checked without anyone adding it here.
 *
 * <p>Each bean is built as the container would (its services and CDI beans injected, its URL
 * parameter an existing patient's id), given realistic state (its view action, its lists read, the
 * first page of each lazy table loaded, as the front desk and as an administrator), then written
 * and read back. A field that is not transient must come back; transient caches may not.
 */
@ExtendWith(ArquillianExtension.class)
class ViewScopedSerializationIT {

    /**
     * Scheduling pages known not to survive yet: their services are injected with {@code @EJB}
     * (Payara's no-interface EJB reference is not serializable; {@code @Inject} gives CDI's
     * serializable proxy) and the waitlist keeps a {@code List.subList}. Listed so that the test
     * guards every other bean now; it fails when one of these is fixed, so the list only shrinks.
     */
    private static final Set<String> NOT_YET = Set.of("org.artclinic.clinic.scheduling.CalendarBacking",
            "org.artclinic.clinic.scheduling.DaySheetBacking", "org.artclinic.clinic.scheduling.WaitlistBacking");

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
                problem = e.toString();
            }
            if (problem != null && !NOT_YET.contains(type.getName())) {
                failures.add(type.getName() + ": " + problem);
            } else if (problem == null && NOT_YET.contains(type.getName())) {
                failures.add(type.getName() + " survives now: take it off NOT_YET");
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

    private static Object roundTrip(Object bean) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(bean);
        }
        ClassLoader loader = bean.getClass().getClassLoader();
        try (ObjectInputStream in = new ClassLoaderObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()),
                loader)) {
            return in.readObject();
        }
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

    /** Reads classes with the application's class loader, as the container does when a session comes back. */
    private static final class ClassLoaderObjectInputStream extends ObjectInputStream {

        private final ClassLoader loader;

        ClassLoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
