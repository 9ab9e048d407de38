package io.downtime.runset;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.run.PairingReason;
import io.downtime.why.DecisionGap;

import java.util.function.Function;

/**
 * The sentences a migration's reasons are stored as, in a baseline file ({@link BaselineFile#write}) and the fleet's
 * {@code migrations} table ({@link MigrationColumns#all}): the domain words nothing, so whoever writes a file or a
 * table passes {@code report.words.StoredReasonWords.SENTENCES} (docs/architecture.md, "Reasons stored as text").
 * A reason read back is the domain's {@code Recorded} case, said verbatim.
 *
 * @param blackout why the blackout is unknown ({@code blackout_unavailable})
 * @param expected why QEMU's expected downtime is unknown ({@code expected_downtime_unavailable})
 * @param pairing  how the migration's runs were matched ({@code pairing}, the fleet's table only)
 */
public record StoredReasons(Function<BlackoutUnavailable, String> blackout, Function<DecisionGap, String> expected,
                            Function<PairingReason, String> pairing) {
}
