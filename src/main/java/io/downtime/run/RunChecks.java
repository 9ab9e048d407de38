package io.downtime.run;

import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.LineRef;
import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The warnings one run's own lines call for: its clock going back or jumping forward, QEMU's checkpoints out of their
 * order or repeated, source and destination events mixed in it. Each kind is listed up to
 * {@link #LISTED_PER_KIND} times, then counted, so a hostile log cannot flood the report.
 */
public final class RunChecks {
    /**
     * A step back smaller than this is not a clock step: libvirt stamps its lines to the millisecond
     * only, and two QEMU threads may write their lines a little out of order.
     */
    public static final long CLOCK_STEP_TOLERANCE_MICROS = 1_000;
    /**
     * A step forward longer than this between two lines of one run is a clock step, not a pause: a
     * day, where a migration's lines follow each other within seconds to minutes (a precopy of
     * terabytes takes hours, between its lines fewer).
     */
    public static final long CLOCK_JUMP_MICROS = 86_400_000_000L;
    static final int LISTED_PER_KIND = 5;
    /** A day: no device's save or load takes that long. */
    static final long IMPLAUSIBLE_DEVICE_MICROS = 86_400_000_000L;

    private RunChecks() {
    }

    public static List<InputWarning> of(Run run) {
        List<InputWarning> warnings = new ArrayList<>();
        mixedRoles(run, warnings);
        clockSteps(run, warnings);
        checkpointOrder(run, warnings);
        deviceTimes(run, warnings);
        return List.copyOf(warnings);
    }

    private static void mixedRoles(Run run, List<InputWarning> warnings) {
        RoleAssignment role = run.role();
        if (role.basis() != RoleBasis.EVENTS || role.role().isEmpty()) {
            return;
        }
        Role taken = role.role().get();
        long against = role.evidence().stream().filter(e -> e.role() != taken).mapToLong(RoleEvidence::lines).sum();
        long supporting = role.evidence().stream().filter(e -> e.role() == taken).mapToLong(RoleEvidence::lines).sum();
        role.evidence().stream().filter(e -> e.role() != taken).findFirst().ifPresent(first -> warnings.add(
                new InputWarning.MixedRoles(first.where(), run.id(), supporting, against, taken)));
    }

    /**
     * Each step back of the run's clock, and each jump forward of more than a day, from one timed line
     * to the next in file order. Lines carry times up to 2^63 - 1 µs and never below 0, so their
     * differences cannot overflow.
     */
    private static void clockSteps(Run run, List<InputWarning> warnings) {
        Optional<Role> clock = run.role().role();
        TraceEvent previous = null;
        int steps = 0;
        int jumps = 0;
        for (TraceEvent event : run.events()) {
            if (!event.header().hasTime()) {
                continue;
            }
            if (previous != null && event.header().micros() < previous.header().micros() - CLOCK_STEP_TOLERANCE_MICROS) {
                steps++;
                if (steps <= LISTED_PER_KIND) {
                    long back = previous.header().micros() - event.header().micros();
                    warnings.add(new InputWarning.ClockBack(event.header().where(), clock, back,
                            previous.header().where().line()));
                }
            } else if (previous != null && event.header().micros() - previous.header().micros() > CLOCK_JUMP_MICROS) {
                jumps++;
                if (jumps <= LISTED_PER_KIND) {
                    long ahead = event.header().micros() - previous.header().micros();
                    warnings.add(new InputWarning.ClockJump(event.header().where(), clock, ahead,
                            previous.header().where().line()));
                }
            }
            previous = event;
        }
        more(run, steps, InputWarning.Kind.CLOCK_STEPS_BACK, clock, warnings);
        more(run, jumps, InputWarning.Kind.CLOCK_JUMPS, clock, warnings);
    }

    /** QEMU emits its checkpoints in one order; a log with them otherwise was reordered or repeated. */
    private static void checkpointOrder(Run run, List<InputWarning> warnings) {
        Map<String, LineRef> seen = new HashMap<>();
        CheckpointCatalogue.KnownCheckpoint latest = null;
        LineRef latestWhere = null;
        int repeated = 0;
        int reordered = 0;
        for (Checkpoint checkpoint : run.checkpoints()) {
            var known = CheckpointCatalogue.lookup(checkpoint.name());
            if (known.isEmpty()) {
                continue;
            }
            LineRef where = checkpoint.header().where();
            LineRef first = seen.putIfAbsent(known.get().name(), where);
            if (first != null) {
                if (++repeated <= LISTED_PER_KIND) {
                    warnings.add(new InputWarning.CheckpointAgain(where, checkpoint.name(), first.line()));
                }
                continue;
            }
            if (latest != null && known.get().order() < latest.order()) {
                if (++reordered <= LISTED_PER_KIND) {
                    warnings.add(new InputWarning.CheckpointOutOfOrder(where, checkpoint.name(), latest.name(),
                            latestWhere.line()));
                }
                continue;
            }
            latest = known.get();
            latestWhere = where;
        }
        more(run, repeated, InputWarning.Kind.REPEATED_CHECKPOINTS, Optional.empty(), warnings);
        more(run, reordered, InputWarning.Kind.CHECKPOINTS_OUT_OF_ORDER, Optional.empty(), warnings);
    }

    /** QEMU measures a save or load on a monotonic clock: a negative or day-long one is damage. */
    private static void deviceTimes(Run run, List<InputWarning> warnings) {
        int odd = 0;
        for (DeviceDowntime device : run.devices()) {
            long micros = device.downtimeMicros();
            if (micros >= 0 && micros <= IMPLAUSIBLE_DEVICE_MICROS) {
                continue;
            }
            if (++odd <= LISTED_PER_KIND) {
                warnings.add(new InputWarning.ImpossibleDeviceTime(device.header().where(), device.idstr(),
                        device.instanceId(), micros));
            }
        }
        more(run, odd, InputWarning.Kind.IMPOSSIBLE_DEVICE_TIMES, Optional.empty(), warnings);
    }

    private static void more(Run run, int count, InputWarning.Kind kind, Optional<Role> host,
                             List<InputWarning> warnings) {
        if (count > LISTED_PER_KIND) {
            LineRef first = run.events().get(0).header().where();
            warnings.add(new InputWarning.More(first, run.id(), kind, host, count - LISTED_PER_KIND, LISTED_PER_KIND));
        }
    }
}
