package org.artclinic.clinic.bench;

import java.lang.reflect.Field;

import org.artclinic.clinic.audit.AuditEvent;
import org.artclinic.clinic.common.BaseEntity;

/**
 * Ids as the application allocates them: one sequence, {@code clinic_id_seq}, for every table
 * (docs/decisions/0003). The generator counts them out itself and, at the end, moves the sequence
 * past the last one; the entities built in memory are given theirs the way JPA would, by field.
 */
final class Ids {

    private static final Field ENTITY_ID = field(BaseEntity.class);
    private static final Field EVENT_ID = field(AuditEvent.class);

    private long last;

    long next() {
        return ++last;
    }

    long last() {
        return last;
    }

    /** Gives an entity the next id. */
    <T extends BaseEntity> T assign(T entity) {
        set(ENTITY_ID, entity, next());
        return entity;
    }

    static void assign(AuditEvent event, long id) {
        set(EVENT_ID, event, id);
    }

    private static Field field(Class<?> type) {
        try {
            Field f = type.getDeclaredField("id");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type + " has no id field", e);
        }
    }

    private static void set(Field f, Object target, long id) {
        try {
            f.set(target, id);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
