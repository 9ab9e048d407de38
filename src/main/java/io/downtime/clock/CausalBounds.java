package io.downtime.clock;

import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.QemuMessage;
import io.downtime.model.StateChange;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.run.KnownMessage;
import io.downtime.run.MigrationStates;
import io.downtime.run.Role;
import io.downtime.run.Run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every causal bound on the clock offset that a pair of runs offers, before any assumption is
 * judged: one per device section saved and loaded, the handshake, the return path, the destination's
 * error reported by the source. See {@link ClockAligner} for which are used.
 */
record CausalBounds(List<OffsetBound> devices, Optional<OffsetBound> handshake,
                    Optional<OffsetBound> postcopyPackage, Optional<OffsetBound> returnPath,
                    Optional<OffsetBound> destinationError, Optional<OffsetBound> guestStart) {

    static CausalBounds of(Run source, Run destination) {
        return new CausalBounds(deviceBounds(source, destination), handshakeBound(source, destination),
                postcopyPackageBound(source, destination), returnPathBound(source, destination),
                destinationErrorBound(source, destination), guestStartBound(source, destination));
    }

    /** src-downtime-start to dst-*-vm-started: the guest cannot run on the destination before it stopped on the source. */
    private static Optional<OffsetBound> guestStartBound(Run source, Run destination) {
        Optional<Checkpoint> stopped = source.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_START);
        Optional<Checkpoint> started = destination.guestStarted();
        if (stopped.isEmpty() || started.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OffsetBound(BoundKind.GUEST_START, micros(started.get()) - micros(stopped.get()),
                ref(Role.SOURCE, stopped.get().name(), stopped.get()), ref(Role.DESTINATION, started.get().name(), started.get())));
    }

    private static List<OffsetBound> deviceBounds(Run source, Run destination) {
        Map<DeviceKey, List<DeviceDowntime>> saves = byDevice(source, DeviceOperation.SAVE);
        Map<DeviceKey, List<DeviceDowntime>> loads = byDevice(destination, DeviceOperation.LOAD);
        List<OffsetBound> bounds = new ArrayList<>();
        for (Map.Entry<DeviceKey, List<DeviceDowntime>> entry : saves.entrySet()) {
            List<DeviceDowntime> loaded = loads.getOrDefault(entry.getKey(), List.of());
            for (int k = 0; k < Math.min(entry.getValue().size(), loaded.size()); k++) {
                DeviceDowntime save = entry.getValue().get(k);
                DeviceDowntime load = loaded.get(k);
                // Interned: the same few device names recur in every migration of a run set, which keeps them all.
                String device = entry.getKey().describe().intern();
                bounds.add(new OffsetBound(BoundKind.DEVICE_SECTION, load.header().micros() - save.header().micros(),
                        new EventRef(Role.SOURCE, ("save of " + device).intern(), save.header().where(), save.header().micros()),
                        new EventRef(Role.DESTINATION, device, load.header().where(), load.header().micros())));
            }
        }
        return bounds;
    }

    private static Map<DeviceKey, List<DeviceDowntime>> byDevice(Run run, DeviceOperation operation) {
        Map<DeviceKey, List<DeviceDowntime>> devices = new HashMap<>();
        for (DeviceDowntime device : run.devices()) {
            if (device.operation() == operation) {
                devices.computeIfAbsent(new DeviceKey(device.idstr(), device.instanceId(), device.type().traceName()),
                        key -> new ArrayList<>()).add(device);
            }
        }
        return devices;
    }

    private static Optional<OffsetBound> handshakeBound(Run source, Run destination) {
        Optional<StateChange> setup = source.state(MigrationStates.SETUP);
        Optional<StateChange> active = destination.state(MigrationStates.ACTIVE);
        if (setup.isEmpty() || active.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OffsetBound(BoundKind.HANDSHAKE, micros(active.get()) - micros(setup.get()),
                ref(Role.SOURCE, "new state setup", setup.get()), ref(Role.DESTINATION, "new state active", active.get())));
    }

    /**
     * postcopy_start() saves the device state into a buffer behind a LISTEN command (the checkpoint
     * src-non-iterable-saved ends that), then sends the buffer as one package; the destination enters
     * postcopy-active when it handles LISTEN.
     */
    private static Optional<OffsetBound> postcopyPackageBound(Run source, Run destination) {
        Optional<Checkpoint> saved = source.checkpoint(CheckpointCatalogue.SRC_NON_ITERABLE_SAVED);
        Optional<StateChange> postcopy = destination.state(MigrationStates.POSTCOPY_ACTIVE);
        if (saved.isEmpty() || postcopy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OffsetBound(BoundKind.POSTCOPY_PACKAGE, micros(postcopy.get()) - micros(saved.get()),
                ref(Role.SOURCE, saved.get().name(), saved.get()),
                ref(Role.DESTINATION, "new state postcopy-active", postcopy.get())));
    }

    private static Optional<OffsetBound> returnPathBound(Run source, Run destination) {
        Optional<Checkpoint> end = source.checkpoint(CheckpointCatalogue.SRC_DOWNTIME_END);
        Optional<Checkpoint> started = destination.checkpoint(CheckpointCatalogue.DST_PRECOPY_BH_VM_STARTED);
        if (end.isEmpty() || started.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OffsetBound(BoundKind.RETURN_PATH, micros(started.get()) - micros(end.get()),
                ref(Role.SOURCE, end.get().name(), end.get()), ref(Role.DESTINATION, started.get().name(), started.get())));
    }

    /**
     * The destination sends its failure over the return path when it tears down the incoming
     * migration, after entering {@code failed}; the source words it {@code Sibling indicated error N}.
     */
    private static Optional<OffsetBound> destinationErrorBound(Run source, Run destination) {
        Optional<StateChange> failed = destination.state(MigrationStates.FAILED);
        Optional<TraceEvent> reported = source.messages().stream()
                .filter(m -> KnownMessage.of(m).filter(known -> known == KnownMessage.SIBLING_ERROR).isPresent()
                        && m.header().hasTime())
                .findFirst();
        if (failed.isEmpty() || reported.isEmpty()) {
            return Optional.empty();
        }
        QemuMessage message = (QemuMessage) reported.get();
        return Optional.of(new OffsetBound(BoundKind.DESTINATION_ERROR, micros(failed.get()) - micros(message),
                new EventRef(Role.SOURCE, "\"" + message.text() + "\"", message.header().where(), micros(message)),
                ref(Role.DESTINATION, "new state failed", failed.get())));
    }

    private static EventRef ref(Role host, String what, TraceEvent event) {
        return new EventRef(host, what, event.header().where(), micros(event));
    }

    private static long micros(TraceEvent event) {
        return event.header().micros();
    }

    private record DeviceKey(String idstr, long instance, String type) {
        String describe() {
            return idstr + " " + instance + " (" + type + ")";
        }
    }
}
