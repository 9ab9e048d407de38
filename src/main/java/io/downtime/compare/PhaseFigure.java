package io.downtime.compare;

import io.downtime.runset.PhaseKey;

/** One phase (consecutive milestones) of docs/report.md. */
public record PhaseFigure(PhaseKey key) implements Figure {
    @Override
    public String kind() {
        return "phase";
    }

    @Override
    public String label() {
        return key.label();
    }

    @Override
    public String hosts() {
        return key.hosts();
    }
}
