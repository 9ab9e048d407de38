package io.downtime.run;

import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.AbortLimitReached;
import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DowntimeLimitExceeded;
import io.downtime.model.QemuMessage;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One migration attempt of one QEMU process, as one log shows it.
 *
 * @param id     the log and the run's position in it
 * @param inputs the names of the inputs that contributed: the log, then any stderr file
 * @param role   source or destination, with the evidence
 * @param events the run's events from the log, in file order
 * @param stderr QEMU's messages from a separate stderr file that fall in this run's time span
 * @param status how the run ended
 * @param lifetime the QEMU process of a libvirt domain log the run belongs to; empty for a plain trace
 */
public record Run(RunId id, List<String> inputs, RoleAssignment role, List<TraceEvent> events,
                  List<TraceEvent> stderr, RunStatus status, Optional<QemuLifetime> lifetime) {

    public Run {
        inputs = List.copyOf(inputs);
        events = List.copyOf(events);
        stderr = List.copyOf(stderr);
    }

    /** A run of a plain trace, which knows nothing of the process behind it. */
    public Run(RunId id, List<String> inputs, RoleAssignment role, List<TraceEvent> events,
               List<TraceEvent> stderr, RunStatus status) {
        this(id, inputs, role, events, stderr, status, Optional.empty());
    }

    public boolean is(Role candidate) {
        return role.is(candidate);
    }

    /**
     * True when every trace event of the run carries a time: only then can durations and order
     * across hosts be known. QEMU's messages do not count (an assertion message has no prefix).
     */
    public boolean timed() {
        return events.stream().filter(event -> !isMessage(event)).allMatch(event -> event.header().hasTime());
    }

    /** Postcopy when the run entered a postcopy state or emitted a postcopy checkpoint. */
    public MigrationMode mode() {
        boolean postcopy = states().stream().anyMatch(state -> MigrationStates.isPostcopy(state.state()))
                || checkpoints().stream().anyMatch(checkpoint -> CheckpointCatalogue.lookup(checkpoint.name())
                .flatMap(CheckpointCatalogue.KnownCheckpoint::onlyIn)
                .filter(mode -> mode == MigrationMode.POSTCOPY).isPresent());
        return postcopy ? MigrationMode.POSTCOPY : MigrationMode.PRECOPY;
    }

    public List<Checkpoint> checkpoints() {
        return only(Checkpoint.class);
    }

    public List<StateChange> states() {
        return only(StateChange.class);
    }

    public List<DeviceDowntime> devices() {
        return only(DeviceDowntime.class);
    }

    /** The first checkpoint with this name, in its canonical or older unprefixed form. */
    public Optional<Checkpoint> checkpoint(String canonicalName) {
        return checkpoints().stream()
                .filter(checkpoint -> CheckpointCatalogue.canonical(checkpoint.name()).equals(canonicalName))
                .findFirst();
    }

    /** The first entry into a state. */
    public Optional<StateChange> state(String state) {
        return states().stream().filter(change -> change.state().equals(state)).findFirst();
    }

    /** The last state entered, the one the run ended in. */
    public Optional<StateChange> lastState() {
        List<StateChange> states = states();
        return states.isEmpty() ? Optional.empty() : Optional.of(states.get(states.size() - 1));
    }

    /** The destination's {@code dst-*-vm-started}: the guest runs again. */
    public Optional<Checkpoint> guestStarted() {
        return checkpoints().stream()
                .filter(checkpoint -> CheckpointCatalogue.lookup(checkpoint.name())
                        .map(CheckpointCatalogue.KnownCheckpoint::startsGuest).orElse(false))
                .findFirst();
    }

    /**
     * QEMU's messages of this run, from the log itself and from its stderr file, in time order
     * (file order for lines without a time). In a libvirt domain log, messages the run's events
     * hold from another QEMU process (those of a failed start before it, which no run of their own
     * takes) are that process's, not this run's.
     */
    public List<TraceEvent> messages() {
        List<TraceEvent> messages = new ArrayList<>();
        for (TraceEvent event : events) {
            if (isMessage(event) && ofThisProcess(event)) {
                messages.add(event);
            }
        }
        messages.addAll(stderr);
        messages.sort(Comparator.comparingLong(event -> event.header().timeMicros().orElse(Long.MAX_VALUE)));
        return List.copyOf(messages);
    }

    /** The checkpoints a complete run of this role emits in {@code mode} that this run did not emit. */
    public List<String> missingCheckpoints(MigrationMode mode) {
        if (role.role().isEmpty()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String expected : CheckpointCatalogue.expected(role.role().get(), mode)) {
            if (checkpoint(expected).isEmpty()) {
                missing.add(expected);
            }
        }
        return List.copyOf(missing);
    }

    /** The time of the first timed event. */
    public OptionalLong start() {
        return events.stream().filter(event -> event.header().hasTime())
                .mapToLong(event -> event.header().micros()).findFirst();
    }

    @Override
    public String toString() {
        return id.toString();
    }

    private boolean ofThisProcess(TraceEvent event) {
        long line = event.header().where().line();
        return lifetime.map(process -> process.firstLine() <= line && line <= process.lastLine()).orElse(true);
    }

    static boolean isMessage(TraceEvent event) {
        return event instanceof QemuMessage || event instanceof AbortLimitReached
                || event instanceof DowntimeLimitExceeded;
    }

    private <T extends TraceEvent> List<T> only(Class<T> type) {
        List<T> matching = new ArrayList<>();
        for (TraceEvent event : events) {
            if (type.isInstance(event)) {
                matching.add(type.cast(event));
            }
        }
        return matching;
    }
}
