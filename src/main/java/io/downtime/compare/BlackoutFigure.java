package io.downtime.compare;

/** The guest-stopped time of docs/report.md, src-downtime-start to dst-*-vm-started. */
public record BlackoutFigure() implements Figure {
    @Override
    public String kind() {
        return "blackout";
    }

    @Override
    public String label() {
        return "blackout (guest stopped)";
    }

    @Override
    public String hosts() {
        return "src>dst";
    }
}
