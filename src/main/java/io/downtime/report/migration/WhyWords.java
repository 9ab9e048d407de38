package io.downtime.report.migration;

import io.downtime.report.Figures;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.run.Durations;
import io.downtime.why.BlackoutPart;
import io.downtime.why.BlackoutParts;
import io.downtime.why.Decision;
import io.downtime.why.DecisionKind;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.Known;
import io.downtime.why.LimitCheck;
import io.downtime.why.LimitSource;
import io.downtime.why.PartDevice;
import io.downtime.why.PartKind;
import io.downtime.why.Prediction;
import io.downtime.why.Why;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * QEMU's decision, prediction and the blackout's parts in words (docs/why.md), once for the text report and
 * the HTML page: the two lines at the top of a migration, the decision's facts, the parts' names.
 */
public final class WhyWords {
    /** Parts below this share of the blackout are not named in the one-line verdict (the table lists them all). */
    private static final double NAMED_SHARE = 0.1;

    private WhyWords() {
    }

    /** What a part is, in a few words. */
    public static String part(PartKind kind) {
        switch (kind) {
            case STOPPING_VCPUS:
                return "stopping the vCPUs";
            case MANAGEMENT_HOLD:
                return "the management layer's hold";
            case RAM:
                return "saving the RAM";
            case DEVICE_STATE:
                return "saving the device state";
            case WAITING_FOR_DESTINATION:
                return "waiting for the destination";
            case DESTINATION_LOADS:
                return "the destination's loads";
            case GUEST_START:
                return "starting the guest";
            default:
                return "unattributed";
        }
    }

    /**
     * The verdict on QEMU's prediction, one line: {@code QEMU expected 46.283 ms (12.2 MB left at 262.7 MB/s);
     * the guest was stopped at least 238.767 ms, at least 192.484 ms more than expected}. Empty when there is
     * nothing to say (QEMU never switched over).
     */
    public static Optional<String> prediction(MigrationAnalysis analysis) {
        Why why = analysis.why();
        Decision decision = why.decision();
        if (decision.kind() == DecisionKind.NO_SWITCHOVER) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(expected(decision));
        Optional<Estimate> blackout = analysis.blackout().guestStopped();
        if (blackout.isPresent()) {
            line.append("; the guest was stopped ").append(duration(blackout.get()));
            why.prediction().error().ifPresent(error -> line.append(", ").append(difference(error)));
        }
        return Optional.of(line.toString());
    }

    /**
     * The verdict on QEMU's prediction as the report's answer says it, without the guest-stopped time its outcome
     * line already gives, and with the limit: {@code QEMU expected 46.283 ms (12.2 MB left at 262.7 MB/s); the
     * guest was stopped at least 192.484 ms more than expected; limit 100 ms (from QEMU's threshold): exceeded by
     * at least 138.767 ms; waiting for the destination pushed it over}. Empty when QEMU never switched over.
     */
    static Optional<String> predictionAnswer(MigrationAnalysis analysis) {
        Decision decision = analysis.why().decision();
        if (decision.kind() == DecisionKind.NO_SWITCHOVER) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(expected(decision));
        analysis.why().prediction().error().ifPresent(error -> line.append("; the guest was stopped ")
                .append(difference(error)));
        limit(analysis).ifPresent(limit -> line.append("; limit ").append(limit));
        return Optional.of(line.toString());
    }

    /** What QEMU expected, or why it expected nothing, in a few words. */
    private static String expected(Decision decision) {
        StringBuilder line = new StringBuilder();
        Known expected = decision.expectedDowntimeMicros();
        if (expected.known()) {
            line.append("QEMU expected ").append(ms(expected.get())).append(" (").append(bytes(decision.pending().get()))
                    .append(" left at ").append(rate(decision)).append(")");
        } else if (decision.kind() == DecisionKind.POSTCOPY) {
            line.append("postcopy: QEMU switched over when asked to, on no prediction");
        } else if (decision.kind() == DecisionKind.NOTHING_PENDING && !decision.bandwidth().known()) {
            line.append("QEMU had no bandwidth estimate yet and switched over with nothing pending, predicting nothing");
        } else if (decision.kind() == DecisionKind.NOT_TRACED && !decision.pending().known()
                && !decision.bandwidth().known()) {
            line.append("not in the trace (trace QEMU's decision with -trace 'migrat*', docs/why.md)");
        } else {
            line.append("unknown: ").append(expected.missing().orElse(""));
        }
        return line.toString();
    }

    /**
     * Where the blackout went, one line: {@code saving the RAM took 11.382 ms; at least 218.646 ms went to waiting
     * for the destination, which QEMU's estimate does not count}. Empty without parts.
     */
    public static Optional<String> parts(MigrationAnalysis analysis) {
        List<String> parts = named(analysis.why(), Optional.empty());
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    /**
     * Where the blackout went as the report's answer says it, the biggest part first (docs/why.md): {@code most to
     * waiting for the destination: at least 395.935 ms (97.7%), which QEMU's estimate does not count; saving the RAM
     * took 0.606 ms}; {@code most, by the estimates, to ...} when another part may be longer within the clock's
     * uncertainty. Empty without parts.
     */
    static Optional<String> partsAnswer(MigrationAnalysis analysis) {
        Why why = analysis.why();
        Optional<BlackoutParts.Largest> largest = why.parts().largest();
        if (largest.isEmpty()) {
            return parts(analysis);
        }
        BlackoutPart top = largest.get().part();
        List<String> details = new ArrayList<>();
        String share = share(top, analysis);
        if (!share.isEmpty()) {
            details.add(share);
        }
        topDevice(top).ifPresent(details::add);
        Known expected = why.prediction().expectedMicros();
        StringBuilder line = new StringBuilder(largest.get().certain() ? "most to " : "most, by the estimates, to ")
                .append(top.kind() == PartKind.UNATTRIBUTED ? "time no part measures" : part(top.kind())).append(": ")
                .append(duration(top.duration()))
                .append(details.isEmpty() ? "" : " (" + String.join("; ", details) + ")");
        if (top.kind() == PartKind.RAM) {
            line.append(expected.known() ? ", QEMU expected " + ms(expected.get()) + " for it" : "");
        } else {
            line.append(", which QEMU's estimate does not count");
        }
        List<String> words = new ArrayList<>(List.of(line.toString()));
        words.addAll(named(why, Optional.of(top.kind())));
        return Optional.of(String.join("; ", words));
    }

    /**
     * The limit, one line: {@code 100 ms (QEMU's threshold): exceeded by at least 138.767 ms; waiting for the
     * destination pushed it over}. Empty when neither a limit nor a decision is known.
     */
    public static Optional<String> limit(MigrationAnalysis analysis) {
        Decision decision = analysis.why().decision();
        if (decision.kind() == DecisionKind.NO_SWITCHOVER) {
            return Optional.empty();
        }
        if (decision.limit().isEmpty()) {
            if (!decision.bandwidth().known() && !decision.pending().known()) {
                return Optional.empty();
            }
            return Optional.of("unknown (the trace shows no threshold to derive it from): give it with --downtime-limit MS");
        }
        DowntimeLimit limit = decision.limit().get();
        StringBuilder line = new StringBuilder(limitMs(limit.micros())).append(" (").append(source(limit)).append(")");
        decision.thresholdLimit().filter(derived -> limit.source() != LimitSource.THRESHOLD
                        && derived.micros() != limit.micros())
                .ifPresent(derived -> line.append(", though QEMU's threshold implies ").append(limitMs(derived.micros())));
        Optional<LimitCheck> check = analysis.why().prediction().limit();
        if (check.isEmpty()) {
            return Optional.of(line.append(": the blackout is unknown").toString());
        }
        Estimate excess = check.get().excess();
        switch (check.get().verdict()) {
            case EXCEEDED:
                line.append(": exceeded by ").append(duration(excess));
                check.get().pushedOverBy().ifPresent(kind -> line.append("; ").append(part(kind)).append(" pushed it over"));
                break;
            case WITHIN:
                line.append(": not exceeded, ").append(duration(negated(excess))).append(" to spare");
                break;
            default:
                line.append(": perhaps exceeded; the guest was stopped ")
                        .append(duration(analysis.blackout().guestStopped().orElseThrow()))
                        .append(check.get().pushedOverBy().map(kind -> ", and by the estimate " + part(kind)
                                + " pushed it over").orElse(""));
        }
        return Optional.of(line.toString());
    }

    /** The decision's figures with their lines, for the report's "Why" section. */
    public static List<ReportFacts.Fact> decision(Decision decision) {
        List<ReportFacts.Fact> facts = new ArrayList<>();
        if (!decision.pending().known() && !decision.bandwidth().known() && decision.limit().isEmpty()) {
            facts.add(new ReportFacts.Fact("decision", decision.kind() == DecisionKind.POSTCOPY ? kind(decision.kind())
                    : kind(decision.kind()) + ": " + decision.pending().missing().orElse("")));
            return facts;
        }
        facts.add(new ReportFacts.Fact("decision", decision.line().map(line -> line + ": " + kind(decision.kind()))
                .orElse(kind(decision.kind()))));
        facts.add(new ReportFacts.Fact("pending", known(decision.pending(), value -> value + " bytes")));
        facts.add(new ReportFacts.Fact("bandwidth", known(decision.bandwidth(), value -> value + " bytes/ms"
                + decision.bandwidthLine().map(line -> " (" + line + ")").orElse(""))));
        if (decision.switchoverBandwidth().known()) {
            facts.add(new ReportFacts.Fact("switchover bw", decision.switchoverBandwidth().get()
                    + " bytes/ms (avail-switchover-bandwidth): QEMU decided and predicted with it"));
        }
        facts.add(new ReportFacts.Fact("threshold", known(decision.threshold(), value -> value + " bytes")));
        facts.add(new ReportFacts.Fact("limit", decision.limit().map(l -> limitMs(l.micros()) + ": " + l.how())
                .orElse("unknown: " + decision.limitMissing().orElse(""))));
        facts.add(new ReportFacts.Fact("expected", known(decision.expectedDowntimeMicros(), WhyWords::ms)
                + (decision.expectedDowntimeMicros().known() ? " (pending ÷ the bandwidth before truncation)" : "")));
        decision.notes().forEach(note -> facts.add(new ReportFacts.Fact("note", note)));
        return facts;
    }

    private static String kind(DecisionKind kind) {
        switch (kind) {
            case THRESHOLD:
                return "the pending bytes fell below QEMU's threshold";
            case NOTHING_PENDING:
                return "nothing was pending";
            case POSTCOPY:
                return "postcopy: QEMU switched over when asked to (migrate-start-postcopy)";
            case NO_SWITCHOVER:
                return "QEMU never switched over";
            default:
                return "not in the trace (no migration_thread_low_pending before src-downtime-start)";
        }
    }

    private static String known(Known value, java.util.function.LongFunction<String> words) {
        return value.known() ? words.apply(value.get()) : "unknown: " + value.missing().orElse("");
    }

    /** A part's share of the blackout's estimate, {@code 91.6%}; empty when the blackout has no estimate. */
    public static String share(BlackoutPart part, MigrationAnalysis analysis) {
        long total = analysis.blackout().guestStopped().map(b -> b.value().orElse(0)).orElse(0L);
        return total > 0 ? Durations.percentOfFraction((double) part.duration().value().orElse(0) / total) : "";
    }

    /** Whether QEMU's estimate counts the part: {@code yes} or {@code no}. */
    public static String inEstimate(BlackoutPart part) {
        return part.kind().inQemuEstimate() ? "yes" : "no";
    }

    /** {@code src-downtime-start -> src-vm-stopped}; the unattributed part's spans, or {@code -}. */
    public static String where(BlackoutPart part) {
        if (part.spans().isEmpty()) {
            return "-";
        }
        List<String> spans = new ArrayList<>();
        part.spans().forEach(span -> spans.add(span.from().name() + " -> " + span.to().name()));
        return String.join(", ", spans);
    }

    /** The devices behind a part, for its table row: {@code ram 32.875 ms}, the largest first. */
    public static String devicesOf(BlackoutPart part) {
        List<String> names = new ArrayList<>();
        String prefix = part.kind() == PartKind.WAITING_FOR_DESTINATION && !part.devices().isEmpty()
                ? "the destination loading " : "";
        for (PartDevice device : part.devices()) {
            names.add(device.key().idstr() + (device.key().instanceId() != 0 ? " " + device.key().instanceId() : "")
                    + " " + ms(device.micros()));
        }
        String words = prefix + String.join(", ", names);
        return part.overlapped() ? (words.isEmpty() ? "" : words + "; ") + "overlapped (counted from the previous part's end)"
                : words;
    }

    /** The parts worth naming in one line: the RAM, then the parts QEMU does not count that take a tenth of the blackout or more. */
    private static List<String> named(Why why, Optional<PartKind> leftOut) {
        List<String> words = new ArrayList<>();
        long total = why.parts().parts().stream().mapToLong(p -> p.duration().value().orElse(0)).sum();
        // QEMU's prediction is of the RAM alone: set the RAM's part beside it.
        Known expected = why.prediction().expectedMicros();
        why.parts().part(PartKind.RAM).filter(ram -> leftOut.isEmpty() || leftOut.get() != PartKind.RAM)
                .ifPresent(ram -> words.add(part(PartKind.RAM) + " took " + duration(ram.duration())
                + (expected.known() ? " (QEMU expected " + ms(expected.get()) + " for it)" : "")));
        List<BlackoutPart> outside = why.parts().parts().stream()
                .filter(p -> !p.kind().inQemuEstimate())
                .filter(p -> leftOut.isEmpty() || p.kind() != leftOut.get())
                .filter(p -> total > 0 && p.duration().value().orElse(0) >= NAMED_SHARE * total)
                .sorted(Comparator.comparingLong((BlackoutPart p) -> p.duration().value().orElse(0)).reversed())
                .toList();
        if (!outside.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (BlackoutPart p : outside) {
                items.add(duration(p.duration()) + (items.isEmpty() ? " went to " : " to ") + part(p.kind())
                        + devices(p));
            }
            words.add(String.join(", ", items) + ", which QEMU's estimate does not count");
        }
        return words;
    }

    /** {@code  (0000:00:00.0/mch 19.552 ms)}: the largest device behind the destination's loads or the device state. */
    private static String devices(BlackoutPart part) {
        return topDevice(part).map(device -> " (" + device + ")").orElse("");
    }

    /** {@code 0000:00:00.0/mch 19.552 ms}: the largest device behind the destination's loads or the device state. */
    private static Optional<String> topDevice(BlackoutPart part) {
        if ((part.kind() != PartKind.DESTINATION_LOADS && part.kind() != PartKind.DEVICE_STATE) || part.devices().isEmpty()) {
            return Optional.empty();
        }
        PartDevice top = part.devices().get(0);
        return Optional.of(top.key().idstr() + (top.key().instanceId() != 0 ? " " + top.key().instanceId() : "") + " "
                + ms(top.micros()));
    }

    /** The rate QEMU predicted with, in MB/s: the switchover bandwidth when set, else its estimate. */
    private static String rate(Decision decision) {
        long perMs = decision.switchoverBandwidth().known() ? decision.switchoverBandwidth().get() : decision.bandwidth().get();
        String rate = BigDecimal.valueOf(perMs).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP).toPlainString()
                + " MB/s";
        return decision.switchoverBandwidth().known() ? rate + " (the switchover bandwidth set)" : rate;
    }

    private static String source(DowntimeLimit limit) {
        switch (limit.source()) {
            case OPTION:
                return limit.how();
            case THRESHOLD:
                return limit.wholeMilliseconds() ? "from QEMU's threshold" : "QEMU's threshold ÷ bandwidth, not a whole ms";
            default:
                return limit.how();
        }
    }

    /** {@code at least 192.484 ms more than expected}, {@code 163.161 ms less than expected}: never a negative duration. */
    private static String difference(Estimate error) {
        return switch (sign(error)) {
            case 1 -> duration(error) + " more than expected";
            case -1 -> duration(negated(error)) + " less than expected";
            default -> "about " + ms(Math.abs(error.value().orElse(0))) + (error.value().orElse(0) >= 0 ? " more" : " less")
                    + " than expected";
        };
    }

    /**
     * The prediction error for a table cell, never a negative duration: {@code ≥192.484 ms over},
     * {@code 163.155 ±0.646 ms under}, {@code about 2.000 ms over} when its bounds straddle 0.
     */
    public static String overOrUnder(Estimate error) {
        return switch (sign(error)) {
            case 1 -> Figures.ms(error) + " ms over";
            case -1 -> Figures.ms(negated(error)) + " ms under";
            default -> "about " + ms(Math.abs(error.value().orElse(0))) + (error.value().orElse(0) >= 0 ? " over" : " under");
        };
    }

    /** 1 when the error is surely at least 0 (the guest was stopped longer than QEMU expected), −1 when surely at most 0, else 0. */
    private static int sign(Estimate error) {
        Interval bounds = error.bounds();
        long value = error.value().orElse(0);
        if (bounds.low().isPresent() && bounds.low().getAsLong() >= 0
                || bounds.low().isEmpty() && value >= 0 && bounds.high().isEmpty()) {
            return 1;
        }
        if (bounds.high().isPresent() && bounds.high().getAsLong() <= 0) {
            return -1;
        }
        return 0;
    }

    private static Estimate negated(Estimate estimate) {
        Interval bounds = estimate.bounds();
        Interval negated = new Interval(bounds.high().isPresent() ? OptionalLong.of(-bounds.high().getAsLong())
                : OptionalLong.empty(), bounds.low().isPresent() ? OptionalLong.of(-bounds.low().getAsLong()) : OptionalLong.empty());
        return new Estimate(negated, estimate.value().isPresent() ? OptionalLong.of(-estimate.value().getAsLong())
                : estimate.value());
    }

    /** {@code 32.943 ms}, {@code 31.036 ±0.788 ms}, {@code at least 218.646 ms}, {@code at most 2.000 ms}. */
    public static String duration(Estimate estimate) {
        Interval bounds = estimate.bounds();
        if (bounds.exact() || bounds.bounded()) {
            return Figures.ms(estimate) + " ms";
        }
        if (bounds.boundedBelow()) {
            return "at least " + Durations.ms(bounds.low().getAsLong()) + " ms";
        }
        if (bounds.boundedAbove()) {
            return "at most " + Durations.ms(bounds.high().getAsLong()) + " ms";
        }
        return "an unknown time";
    }

    /** A limit: {@code 100 ms} when it is whole milliseconds, as QEMU takes it, else to the µs. */
    public static String limitMs(long micros) {
        return micros % 1000 == 0 ? micros / 1000 + " ms" : ms(micros);
    }

    public static String ms(long micros) {
        return Durations.ms(micros) + " ms";
    }

    /** {@code 15.3 MB} (decimal megabytes), {@code 512 kB}, {@code 0 bytes}. */
    public static String bytes(long bytes) {
        if (bytes >= 1_000_000) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).toPlainString()
                    + " MB";
        }
        if (bytes >= 1_000) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000), 1, RoundingMode.HALF_UP).toPlainString()
                    + " kB";
        }
        return bytes + " bytes";
    }
}
