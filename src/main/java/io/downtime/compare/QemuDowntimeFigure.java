package io.downtime.compare;

/** QEMU's own downtime figure of docs/report.md, src-downtime-start to src-downtime-end. */
public record QemuDowntimeFigure() implements Figure {
    @Override
    public String kind() {
        return "qemu_downtime";
    }

    @Override
    public String label() {
        return "QEMU's downtime figure";
    }

    @Override
    public String hosts() {
        return "src";
    }
}
