package io.downtime.runset;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.why.DecisionGap;

import java.util.Optional;

/**
 * Why a migration's prediction error (the blackout − QEMU's expected downtime, docs/why.md) is unknown;
 * {@code report.words.BlackoutWords} words it. A reason left empty is one the figures do not give (a baseline
 * that stored none).
 */
public sealed interface PredictionErrorUnavailable {

    /** QEMU's trace shows no expected downtime, for the reason the switchover decision gives. */
    record NoPrediction(Optional<DecisionGap> why) implements PredictionErrorUnavailable {
    }

    /** The blackout is unknown. */
    record NoBlackout(Optional<BlackoutUnavailable> why) implements PredictionErrorUnavailable {
    }
}
