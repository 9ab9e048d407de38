package io.downtime.run;

import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

/**
 * Where one run of a log ends and the next begins. The default knows QEMU's own marks; readers of
 * richer logs (a libvirt domain log's process lifetimes) add theirs with {@link #or}.
 */
public interface RunBoundary {

    /** True when {@code event} is the first event of a new run. */
    boolean startsRun(TraceEvent event);

    /** True when {@code event} is the last event of its run. */
    default boolean endsRun(TraceEvent event) {
        return false;
    }

    /**
     * QEMU's marks: every migration attempt, outgoing or incoming, begins with
     * {@code migrate_set_state new state setup}, and QEMU never re-enters {@code setup} within one
     * attempt (postcopy recovery uses its own states). So a {@code setup} after a terminal state
     * is a retry or a new migration of the same process, and a {@code setup} in the middle of a run
     * means the log was appended to by a new process.
     */
    static RunBoundary qemuStates() {
        return event -> event instanceof StateChange change && change.state().equals(MigrationStates.SETUP);
    }

    /** A boundary wherever this one or {@code other} sees one. */
    default RunBoundary or(RunBoundary other) {
        RunBoundary self = this;
        return new RunBoundary() {
            @Override
            public boolean startsRun(TraceEvent event) {
                return self.startsRun(event) || other.startsRun(event);
            }

            @Override
            public boolean endsRun(TraceEvent event) {
                return self.endsRun(event) || other.endsRun(event);
            }
        };
    }
}
