package io.downtime.run;

import io.downtime.model.LineForm;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which QEMU thread entered a run's states. The log backend of QEMU up to 10.0 writes the thread id
 * before {@code @}, and the two hosts' state machines run on different threads:
 * <ul>
 *   <li>the source enters {@code setup} in the main thread (the {@code migrate} command) and
 *       {@code active} in its migration thread ({@code migration_thread}); a user's
 *       {@code migrate_cancel} enters {@code cancelling} from the main thread, the strict-SLA RFC's
 *       abort from the migration thread, right after the check that fired;</li>
 *   <li>the destination enters {@code setup} and {@code active} both in its main loop (the
 *       incoming coroutine, {@code process_incoming_migration_co}).</li>
 * </ul>
 * SystemTap's number is a process id and the ISO form has none: there the threads tell nothing.
 */
public final class StateThreads {
    private StateThreads() {
    }

    /** The thread that entered this state, when the line carries a thread id. */
    public static OptionalLong thread(TraceEvent event) {
        if (event.header().form() != LineForm.LOG_THREAD_STAMP || event.header().id().isEmpty()) {
            return OptionalLong.empty();
        }
        return event.header().id();
    }

    /** The thread that entered the run's first {@code setup}: QEMU's main thread, on either host. */
    public static OptionalLong mainThread(List<TraceEvent> events) {
        return first(events, MigrationStates.SETUP).map(StateThreads::thread).orElse(OptionalLong.empty());
    }

    /** The role the threads of {@code setup} and the {@code active} after it show, if both carry thread ids. */
    static Optional<RoleEvidence> clue(List<TraceEvent> events) {
        Optional<StateChange> setup = first(events, MigrationStates.SETUP);
        if (setup.isEmpty()) {
            return Optional.empty();
        }
        Optional<StateChange> active = Optional.empty();
        boolean afterSetup = false;
        for (TraceEvent event : events) {
            afterSetup |= event == setup.get();
            if (afterSetup && event instanceof StateChange change && change.state().equals(MigrationStates.ACTIVE)) {
                active = Optional.of(change);
                break;
            }
        }
        OptionalLong setupThread = thread(setup.get());
        if (active.isEmpty() || setupThread.isEmpty() || thread(active.get()).isEmpty()) {
            return Optional.empty();
        }
        RoleSign.StateThreads threads = new RoleSign.StateThreads(setupThread.getAsLong(), setup.get().header().where(),
                thread(active.get()).getAsLong());
        // Only the source enters active in a thread of its own (its migration thread); the destination enters
        // both in its main loop.
        Role role = threads.sameThread() ? Role.DESTINATION : Role.SOURCE;
        return Optional.of(new RoleEvidence(role, RoleBasis.STATE_THREADS, active.get().header().where(), 2, threads));
    }

    private static Optional<StateChange> first(List<TraceEvent> events, String state) {
        for (TraceEvent event : events) {
            if (event instanceof StateChange change && change.state().equals(state)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }
}
