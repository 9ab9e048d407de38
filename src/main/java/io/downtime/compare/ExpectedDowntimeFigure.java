package io.downtime.compare;

/** QEMU's expected downtime of docs/why.md: the pending bytes at its switchover decision ÷ its bandwidth. */
public record ExpectedDowntimeFigure() implements Figure {
    @Override
    public String kind() {
        return "expected_downtime";
    }

    @Override
    public String label() {
        return "QEMU's expected downtime";
    }

    @Override
    public String hosts() {
        return "src";
    }
}
