package io.downtime.report.words;

import io.downtime.run.Durations;
import io.downtime.why.DecisionGap;
import io.downtime.why.DecisionNote;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.LimitDerivation;
import io.downtime.why.LimitGap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The sentences of QEMU's switchover decision (docs/why.md): why a figure of it is unknown, where its
 * downtime-limit came from, why there is none, and its notes. The text, JSON and HTML reports and the command line word them here.
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

    /** Why a figure of the decision is unknown: the sentence every output prints, and a baseline stores. */
    public static String unknown(DecisionGap gap) {
        if (gap instanceof DecisionGap.Recorded recorded) {
            return recorded.text();
        }
        if (gap instanceof DecisionGap.NotInBaseline) {
            return "not in the baseline";
        }
        if (gap instanceof DecisionGap.NoSourceRun) {
            return "no source run: the decision is the source's";
        }
        if (gap instanceof DecisionGap.NotTraced) {
            return "the trace holds none of QEMU's switchover-decision events (migrate_transferred,"
                    + " migrate_pending_*, migration_thread_low_pending): trace them with -trace 'migrat*' (docs/why.md)";
        }
        if (gap instanceof DecisionGap.Postcopy) {
            return "postcopy: QEMU switched to postcopy when asked to (migrate-start-postcopy), not on its threshold;"
                    + " the RAM still pending moved after the guest restarted, so no RAM-based prediction applies";
        }
        if (gap instanceof DecisionGap.NeverDecided never) {
            return "QEMU never decided to switch over: no migration_thread_low_pending and no src-downtime-start"
                    + " (the source " + never.source().label() + ")";
        }
        if (gap instanceof DecisionGap.NoDecisionLine) {
            return "no migration_thread_low_pending line before src-downtime-start: trace it (-trace 'migrat*')";
        }
        if (gap instanceof DecisionGap.NoBandwidth none) {
            return noBandwidth(none);
        }
        if (gap instanceof DecisionGap.NoBandwidthForPending pending) {
            return unknown(pending.why()) + "; " + pending.pendingBytes() + " bytes were pending, QEMU predicted nothing";
        }
        if (gap instanceof DecisionGap.ZeroBandwidth zero) {
            return "QEMU's bandwidth estimate was 0 (" + zero.line() + "): it predicted nothing";
        }
        if (gap instanceof DecisionGap.SwitchoverBandwidthUnprinted unprinted) {
            return "QEMU before 8.2 prints no switchover_bw (" + unprinted.line() + ")";
        }
        DecisionGap.SwitchoverBandwidthUnset unset = (DecisionGap.SwitchoverBandwidthUnset) gap;
        return "not set (switchover_bw 0 at " + unset.line() + "): QEMU decided with its bandwidth estimate";
    }

    /** Why no {@code migrate_transferred} line was in force at the decision. */
    private static String noBandwidth(DecisionGap.NoBandwidth gap) {
        if (gap instanceof DecisionGap.NoBandwidthNoSwitchover never) {
            return "no migrate_transferred line, and the source never switched over (the source "
                    + never.source().label() + ")";
        }
        String base = "no migrate_transferred line before the decision";
        if (gap instanceof DecisionGap.NoBandwidthUntimed) {
            return base + ": either precopy ended inside QEMU's first bandwidth period (100 ms) or the event was not"
                    + " traced, and the trace has no times to tell which";
        }
        if (gap instanceof DecisionGap.NoBandwidthYet early) {
            return base + ": precopy ended " + Durations.of(early.precopyMicros()) + " after it began ("
                    + early.active() + " -> " + early.decision() + "), inside QEMU's first bandwidth period (100 ms),"
                    + " so QEMU had no bandwidth estimate and no threshold yet";
        }
        DecisionGap.NoBandwidthNotTraced untraced = (DecisionGap.NoBandwidthNotTraced) gap;
        return base + " although precopy lasted " + Durations.of(untraced.precopyMicros())
                + ": the event was not traced (-trace 'migrat*')";
    }

    /** Why there is no limit, and how to give one. */
    public static String gap(LimitGap gap) {
        if (gap instanceof LimitGap.NoThreshold none) {
            return unknown(none.threshold()) + GIVE_THE_LIMIT;
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
