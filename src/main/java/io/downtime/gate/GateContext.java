package io.downtime.gate;

import io.downtime.clock.ClockNote;
import io.downtime.runset.Baseline;
import io.downtime.runset.RunSet;

import java.util.Optional;
import java.util.function.Function;

/**
 * What rules are checked against.
 *
 * @param set        the run set the gate reads
 * @param baseline   the baseline of {@code --baseline}, for regression rules
 * @param clockNotes the words of a clock note ({@code report.words.ClockWords::note}), which the clock rule's message
 *                   ends with: the domain returns notes as records and only report words them
 */
public record GateContext(RunSet set, Optional<Baseline> baseline, Function<ClockNote, String> clockNotes) {
}
