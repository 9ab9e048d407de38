package io.downtime.trace;

import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

/**
 * Writes events as QEMU's log trace backend prints them with {@code -msg timestamp=on} (QEMU up to
 * 10.0): {@code TID@SECONDS.MICROS:name args}, with the argument formats of QEMU's
 * {@code migration/trace-events}. It writes lines and never reads them: reading is the grammar's job.
 */
public final class TraceLineWriter {
    private TraceLineWriter() {
    }

    /** Whether {@link #line} can write this event. */
    public static boolean writable(TraceEvent event) {
        return event instanceof DeviceDowntime || event instanceof Checkpoint || event instanceof StateChange;
    }

    /**
     * @param downtimeMicros for a device event, the {@code downtime=} to write (the event's own is ignored)
     */
    public static String line(TraceEvent event, long threadId, long micros, long downtimeMicros) {
        StringBuilder line = new StringBuilder(96).append(LogStamp.of(threadId, micros));
        if (event instanceof DeviceDowntime device) {
            line.append(event.kind().label()).append(" type=").append(device.type().traceName())
                    .append(" idstr=").append(device.idstr()).append(" instance_id=").append(device.instanceId())
                    .append(" downtime=").append(downtimeMicros);
        } else if (event instanceof Checkpoint checkpoint) {
            line.append(event.kind().label()).append(' ').append(checkpoint.name());
        } else if (event instanceof StateChange state) {
            line.append(event.kind().label()).append(" new state ").append(state.state());
        } else {
            throw new IllegalArgumentException("cannot write " + event.kind().label());
        }
        return line.append('\n').toString();
    }
}
