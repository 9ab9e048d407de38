package io.downtime.report.migration;

import io.downtime.report.words.DecisionWords;
import io.downtime.why.Decision;
import io.downtime.why.DecisionKind;
import io.downtime.why.Known;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * QEMU's switchover decision as the report's facts (docs/why.md), for the text report's and the HTML page's
 * "Why" section: each figure with its line, or why it is unknown.
 */
public final class DecisionFacts {
    private DecisionFacts() {
    }

    /** The decision's figures with their lines, for the report's "Why" section. */
    public static List<ReportFacts.Fact> decision(Decision decision) {
        List<ReportFacts.Fact> facts = new ArrayList<>();
        if (!decision.pending().known() && !decision.bandwidth().known() && decision.limit().isEmpty()) {
            facts.add(new ReportFacts.Fact("decision", decision.kind() == DecisionKind.POSTCOPY ? kind(decision.kind())
                    : kind(decision.kind()) + ": " + decision.pending().missing().map(DecisionWords::unknown).orElse("")));
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
        facts.add(new ReportFacts.Fact("limit", decision.limit()
                .map(l -> WhyFigures.limitMs(l.micros()) + ": " + DecisionWords.derivation(l.derivation()))
                .orElse("unknown: " + decision.limitMissing().map(DecisionWords::gap).orElse(""))));
        facts.add(new ReportFacts.Fact("expected", known(decision.expectedDowntimeMicros(), WhyFigures::ms)
                + (decision.expectedDowntimeMicros().known() ? " (pending ÷ the bandwidth before truncation)" : "")));
        decision.notes().forEach(note -> facts.add(new ReportFacts.Fact("note", DecisionWords.note(note))));
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
        return value.known() ? words.apply(value.get()) : "unknown: " + value.missing().map(DecisionWords::unknown).orElse("");
    }

    /** The rate QEMU predicted with, in MB/s: the switchover bandwidth when set, else its estimate. */
    static String rate(Decision decision) {
        long perMs = decision.switchoverBandwidth().known() ? decision.switchoverBandwidth().get() : decision.bandwidth().get();
        String rate = BigDecimal.valueOf(perMs).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP).toPlainString()
                + " MB/s";
        return decision.switchoverBandwidth().known() ? rate + " (the switchover bandwidth set)" : rate;
    }
}
