package io.downtime.compare;

/**
 * The prediction error of docs/why.md: the blackout − QEMU's expected downtime, signed (negative when QEMU
 * expected more than happened), as uncertain as the blackout. A larger one is a regression: QEMU's estimate
 * fell further short of what the guest went through.
 */
public record PredictionErrorFigure() implements Figure {
    @Override
    public String kind() {
        return "prediction_error";
    }

    @Override
    public String label() {
        return "prediction error (blackout − expected)";
    }

    @Override
    public String hosts() {
        return "src>dst";
    }
}
