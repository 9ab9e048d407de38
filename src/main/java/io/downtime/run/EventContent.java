package io.downtime.run;

import io.downtime.model.EventHeader;
import io.downtime.model.TraceEvent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;

/** Whether two events say the same, wherever they stand: every field but the line they came from. */
final class EventContent {
    private EventContent() {
    }

    static boolean same(TraceEvent a, TraceEvent b) {
        if (a.getClass() != b.getClass() || !sameHeader(a.header(), b.header())) {
            return false;
        }
        // Every event is a record whose first component is its header; the others are its values.
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (component.getType() != EventHeader.class && !Objects.equals(value(component, a), value(component, b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameHeader(EventHeader a, EventHeader b) {
        return a.timeMicros().equals(b.timeMicros()) && a.id().equals(b.id()) && a.form() == b.form();
    }

    private static Object value(RecordComponent component, TraceEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + event.getClass().getSimpleName(), e);
        }
    }
}
