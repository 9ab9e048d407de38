package io.downtime.outcome;

import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.DowntimeLimitExceeded;
import io.downtime.model.LineRef;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.MigrationStates;
import io.downtime.run.Run;
import io.downtime.run.StateThreads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Why a source entered {@code cancelling}. A user's {@code migrate_cancel} and the strict-SLA RFC's
 * abort both end in {@code cancelling} then {@code cancelled}; QEMU 10.0 sets them from different
 * threads: {@code qmp_migrate_cancel} runs in the main thread (the thread of {@code setup}), while the
 * RFC cancels from the migration thread (the thread of the device saves), right after the check that
 * fired. The RFC checks only during the downtime, after {@code src-vm-stopped} and after each save.
 *
 * @param cancelling      the source's {@code cancelling}
 * @param cancelled       the {@code cancelled} that followed, when the log has it
 * @param origin          what the lines show of who cancelled
 * @param lastCheck       the event right before {@code cancelling} when it is a check site of the RFC
 *                        ({@code src-vm-stopped} or a save after {@code src-downtime-start})
 * @param thread          the thread that entered {@code cancelling}, when the lines carry thread ids
 * @param setup           the run's {@code setup}, entered by the main thread
 * @param active          the run's {@code active}, entered by the migration thread
 * @param duringDowntime  {@code cancelling} came after {@code src-downtime-start} and before {@code src-downtime-end}
 * @param message         the RFC's own message, {@code Downtime Limit of N ms exceeded by M ms}
 */
public record SourceCancel(StateChange cancelling, Optional<StateChange> cancelled, Origin origin,
                           Optional<TraceEvent> lastCheck, OptionalLong thread, Optional<StateChange> setup,
                           Optional<StateChange> active, boolean duringDowntime,
                           Optional<DowntimeLimitExceeded> message) {

    /** Who cancelled, as far as the lines tell. */
    public enum Origin {
        /** The source printed the RFC's {@code Downtime Limit of N ms exceeded by M ms}. */
        STRICT_ABORT_MESSAGE,
        /** The migration thread entered {@code cancelling} during the downtime, right after a check site. */
        STRICT_ABORT_THREAD,
        /** The main thread entered it: {@code migrate_cancel} (a user, libvirt) or QEMU shutting down. */
        MAIN_THREAD,
        /** Outside the downtime, where the RFC never checks: a cancel by a user or management. */
        OUTSIDE_DOWNTIME,
        /** During the downtime, and the lines cannot tell which (no thread ids, or an unexpected thread). */
        UNDETERMINED;

        /** The RFC's abort, known from its message or from the thread. */
        public boolean strictAbort() {
            return this == STRICT_ABORT_MESSAGE || this == STRICT_ABORT_THREAD;
        }

        /** {@code strict-abort-message}, {@code main-thread}: JSON's {@code cancel_origin}, the fleet's column. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The cancel of a source run, when it entered {@code cancelling} (or only {@code cancelled}). */
    public static Optional<SourceCancel> of(Run source) {
        List<TraceEvent> events = source.events();
        Optional<StateChange> cancelling = state(events, MigrationStates.CANCELLING)
                .or(() -> state(events, MigrationStates.CANCELLED));
        if (cancelling.isEmpty()) {
            return Optional.empty();
        }
        StateChange at = cancelling.get();
        Optional<StateChange> cancelled = state(events, MigrationStates.CANCELLED).filter(c -> c != at);
        Optional<DowntimeLimitExceeded> message = source.messages().stream()
                .filter(DowntimeLimitExceeded.class::isInstance).map(DowntimeLimitExceeded.class::cast).findFirst();
        boolean stopped = false;
        boolean ended = false;
        TraceEvent previous = null;
        for (TraceEvent event : events) {
            if (event == at) {
                break;
            }
            if (event instanceof Checkpoint checkpoint) {
                String name = CheckpointCatalogue.canonical(checkpoint.name());
                stopped |= name.equals(CheckpointCatalogue.SRC_DOWNTIME_START);
                ended |= name.equals(CheckpointCatalogue.SRC_DOWNTIME_END);
            }
            if (progress(event)) {
                previous = event;
            }
        }
        boolean duringDowntime = stopped && !ended;
        Optional<TraceEvent> lastCheck = duringDowntime && previous != null && checkSite(previous)
                ? Optional.of(previous) : Optional.empty();
        OptionalLong thread = at.state().equals(MigrationStates.CANCELLING) ? StateThreads.thread(at) : OptionalLong.empty();
        Optional<StateChange> setup = state(events, MigrationStates.SETUP);
        Optional<StateChange> active = state(events, MigrationStates.ACTIVE);
        OptionalLong main = setup.map(StateThreads::thread).orElse(OptionalLong.empty());
        OptionalLong migration = active.map(StateThreads::thread).orElse(OptionalLong.empty());
        Origin origin;
        if (message.isPresent()) {
            origin = Origin.STRICT_ABORT_MESSAGE;
        } else if (thread.isPresent() && main.isPresent() && thread.getAsLong() == main.getAsLong()) {
            origin = Origin.MAIN_THREAD;
        } else if (!duringDowntime) {
            origin = Origin.OUTSIDE_DOWNTIME;
        } else if (thread.isPresent() && migration.isPresent() && thread.getAsLong() == migration.getAsLong()
                && lastCheck.isPresent() && (main.isEmpty() || main.getAsLong() != migration.getAsLong())) {
            origin = Origin.STRICT_ABORT_THREAD;
        } else {
            origin = Origin.UNDETERMINED;
        }
        return Optional.of(new SourceCancel(at, cancelled, origin, lastCheck, thread, setup, active, duringDowntime,
                message));
    }

    /** The thread that entered {@code setup}: the main thread. */
    public OptionalLong mainThread() {
        return setup.map(StateThreads::thread).orElse(OptionalLong.empty());
    }

    /** The thread that entered {@code active}: the migration thread. */
    public OptionalLong migrationThread() {
        return active.map(StateThreads::thread).orElse(OptionalLong.empty());
    }

    /** The lines that show it: the states whose threads tell, the check before it, the cancel, the message. */
    public List<LineRef> evidence() {
        List<LineRef> lines = new ArrayList<>();
        if (origin == Origin.MAIN_THREAD || origin == Origin.STRICT_ABORT_THREAD) {
            setup.ifPresent(state -> lines.add(state.header().where()));
        }
        if (origin == Origin.STRICT_ABORT_THREAD) {
            active.ifPresent(state -> lines.add(state.header().where()));
        }
        lastCheck.ifPresent(check -> lines.add(check.header().where()));
        lines.add(cancelling.header().where());
        cancelled.ifPresent(c -> lines.add(c.header().where()));
        message.ifPresent(m -> lines.add(m.header().where()));
        return List.copyOf(lines);
    }

    /** Checkpoints, saves and loads and states: the lines that show a run's progress. */
    private static boolean progress(TraceEvent event) {
        return event instanceof Checkpoint || event instanceof DeviceDowntime || event instanceof StateChange;
    }

    /** Where the RFC's source half checks: after {@code src-vm-stopped} and after each save. */
    private static boolean checkSite(TraceEvent event) {
        if (event instanceof DeviceDowntime device) {
            return device.operation() == DeviceOperation.SAVE;
        }
        return event instanceof Checkpoint checkpoint
                && CheckpointCatalogue.canonical(checkpoint.name()).equals(CheckpointCatalogue.SRC_VM_STOPPED);
    }

    private static Optional<StateChange> state(List<TraceEvent> events, String state) {
        return events.stream().filter(e -> e instanceof StateChange change && change.state().equals(state))
                .map(StateChange.class::cast).findFirst();
    }
}
