package io.downtime.run;

import io.downtime.libvirt.QemuLifetime;
import io.downtime.model.TraceEvent;

import java.util.List;
import java.util.Optional;

/** A run being found: its lines are known, its role may still be settled from the other logs. */
final class RunDraft {
    final RunId id;
    final List<String> inputs;
    final List<TraceEvent> events;
    final List<TraceEvent> stderr;
    final Optional<QemuLifetime> lifetime;
    RoleAssignment role;

    RunDraft(RunId id, List<String> inputs, List<TraceEvent> events, List<TraceEvent> stderr, RoleAssignment role,
             Optional<QemuLifetime> lifetime) {
        this.id = id;
        this.inputs = inputs;
        this.events = events;
        this.stderr = stderr;
        this.role = role;
        this.lifetime = lifetime;
    }

    boolean known() {
        return role.role().isPresent();
    }
}
