package io.downtime.report.words;

import io.downtime.run.Durations;
import io.downtime.why.DecisionNote;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.LimitDerivation;
import io.downtime.why.LimitGap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The sentences of QEMU's switchover decision (docs/why.md): where its downtime-limit came from, why there is
 * none, and its notes. The text, JSON and HTML reports and the command line word them here.
 */
public final class DecisionWords {
    private static final String GIVE_THE_LIMIT = "; give the limit with --downtime-limit";

    private DecisionWords() {
    }

    /**
     * {@code QEMU's threshold 26269740 B = its bandwidth before truncation, 26269740 B / 100 ms = 262697.4 B/ms,
     * × 100 ms (src.log:224)}; {@code --downtime-limit 50}; {@code query-migrate-parameters reply p.json:6}.
     */
    public static String derivation(LimitDerivation derivation) {
        if (derivation instanceof LimitDerivation.Option option) {
            return "--downtime-limit " + option.milliseconds() + option.overridden()
                    .map(file -> ", over the " + file.micros() / 1000 + " ms of " + derivation(file.derivation()))
                    .orElse("");
        }
        if (derivation instanceof LimitDerivation.ParametersFile file) {
            return file.form() + " " + file.line() + (file.earlier().isEmpty() ? "" : ", the last of " + file.settings()
                    + " in the file (before it: " + String.join(", ", file.earlier().stream()
                    .map(setting -> setting.milliseconds() + " ms at line " + setting.line()).toList()) + ")");
        }
        if (derivation instanceof LimitDerivation.SwitchoverTimesLimit exact) {
            return "QEMU's threshold " + exact.threshold() + " B = switchover bandwidth " + exact.switchoverBandwidth()
                    + " B/ms × " + exact.milliseconds() + " ms (" + exact.line() + ")";
        }
        if (derivation instanceof LimitDerivation.SwitchoverQuotient quotient) {
            return "QEMU's threshold " + quotient.threshold() + " B ÷ switchover bandwidth "
                    + quotient.switchoverBandwidth() + " B/ms (" + quotient.line() + "), which no whole number of"
                    + " ms reproduces";
        }
        if (derivation instanceof LimitDerivation.BandwidthTimesLimit exact) {
            return "QEMU's threshold " + exact.threshold() + " B = its bandwidth before truncation, "
                    + exact.transferred() + " B / " + exact.spentMs() + " ms = "
                    + unrounded(exact.transferred(), exact.spentMs()) + " B/ms, × " + exact.milliseconds() + " ms ("
                    + exact.line() + ")";
        }
        LimitDerivation.BandwidthQuotient quotient = (LimitDerivation.BandwidthQuotient) derivation;
        return "QEMU's threshold " + quotient.threshold() + " B ÷ its bandwidth before truncation, "
                + quotient.transferred() + " B / " + quotient.spentMs() + " ms (" + quotient.line() + "), = "
                + Durations.of(quotient.quotientMicros()) + ", which no whole number of ms reproduces";
    }

    /** {@code transferred / time_spent} to three decimals, trailing zeros cut: {@code 262697.4}. */
    private static String unrounded(long transferred, long spentMs) {
        return new BigDecimal(transferred).divide(new BigDecimal(spentMs), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** Why there is no limit, and how to give one. */
    public static String gap(LimitGap gap) {
        if (gap instanceof LimitGap.NoThreshold none) {
            return none.threshold() + GIVE_THE_LIMIT;
        }
        LimitGap.UnmeasuredBandwidth unmeasured = (LimitGap.UnmeasuredBandwidth) gap;
        return "QEMU measured no bandwidth in its last period (" + unmeasured.transferred() + " bytes in "
                + unmeasured.spentMs() + " ms, " + unmeasured.line() + "): its threshold says nothing of the limit"
                + GIVE_THE_LIMIT;
    }

    /** {@code the limit given (--downtime-limit 300) is 300.000 ms, but QEMU's threshold ... implies 100.000 ms (...): ...}. */
    public static String note(DecisionNote note) {
        DecisionNote.LimitsDisagree disagree = (DecisionNote.LimitsDisagree) note;
        DowntimeLimit given = disagree.given();
        DowntimeLimit threshold = disagree.threshold();
        return "the limit given (" + derivation(given.derivation()) + ") is " + Durations.of(given.micros())
                + ", but QEMU's threshold at the decision implies " + Durations.of(threshold.micros())
                + " (" + derivation(threshold.derivation()) + "): the prediction is judged against the limit given";
    }

    /** Every note, in order. */
    public static List<String> notes(List<DecisionNote> notes) {
        return notes.stream().map(DecisionWords::note).toList();
    }
}
