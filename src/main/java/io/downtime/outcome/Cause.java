package io.downtime.outcome;

import io.downtime.model.DestinationAbort;
import io.downtime.model.LineRef;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.Role;

import java.util.List;
import java.util.Optional;

/** Why a migration ended as it did, as the lines show it; report/ words it. */
public sealed interface Cause {

    /** The lines that show it. */
    List<LineRef> lines();

    /** The host the cause lies with: where the error was printed or the state entered, the source for a cancel. */
    Role host();

    /**
     * QEMU's own message: what it printed when the migration failed (the source's migration error,
     * printed last; the destination's first error, the most specific), or the strict-SLA RFC's message.
     */
    record QemuError(Role host, TraceEvent message) implements Cause {
        @Override
        public List<LineRef> lines() {
            return List.of(message.header().where());
        }
    }

    /** The source entered {@code cancelling}: who did it, as far as the lines tell. */
    record Cancel(SourceCancel cancel) implements Cause {
        @Override
        public List<LineRef> lines() {
            return cancel.evidence();
        }

        @Override
        public Role host() {
            return Role.SOURCE;
        }
    }

    /**
     * The destination's strict-SLA check failed the load ({@code qemu_loadvm_downtime_abort}), known from
     * its trace event when its message is not among the inputs.
     *
     * @param lastLoad the load right before it: the check that fired
     */
    record DestinationAbortEvent(DestinationAbort abort, Optional<TraceEvent> lastLoad) implements Cause {
        @Override
        public List<LineRef> lines() {
            return lastLoad.isPresent() ? List.of(lastLoad.get().header().where(), abort.header().where())
                    : List.of(abort.header().where());
        }

        @Override
        public Role host() {
            return Role.DESTINATION;
        }
    }

    /**
     * The source completed, but the destination's run never started the guest nor ended: killed while it was
     * loading (a source without return-path completes once it has sent everything), or its log was cut.
     */
    record DestinationNeverStarted(StateChange sourceCompleted) implements Cause {
        @Override
        public List<LineRef> lines() {
            return List.of(sourceCompleted.header().where());
        }

        /** The source's completion is the evidence; the destination's log says nothing more. */
        @Override
        public Role host() {
            return Role.SOURCE;
        }
    }

    /** A host entered {@code failed}, and none of its messages are among the inputs. */
    record FailedState(Role host, StateChange failed) implements Cause {
        @Override
        public List<LineRef> lines() {
            return List.of(failed.header().where());
        }
    }
}
