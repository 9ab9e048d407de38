package io.downtime.report.migration;

import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The decision's facts in the report's "Why" section, on the real samples. */
class DecisionFactsTest {

    /**
     * full-trace-precopy-limit100, src.log:224 {@code migrate_transferred transferred 26269740 time_spent 100
     * bandwidth 262697 switchover_bw 0 max_size 26269740}, 233 {@code migration_thread_low_pending 15282176}: the
     * limit 262697.4 B/ms × 100 ms = max_size; expected 15282176 × 100 × 1000 / 26269740 = 58174 µs (DecisionTest).
     * switchover_bw 0: no switchover bandwidth, so no fact of it.
     */
    @Test
    void aThresholdDecision() {
        String src = SampleMigrations.path("full-trace-precopy-limit100/src.log");
        assertEquals(List.of(
                new ReportFacts.Fact("decision", src + ":233: the pending bytes fell below QEMU's threshold"),
                new ReportFacts.Fact("pending", "15282176 bytes"),
                new ReportFacts.Fact("bandwidth", "262697 bytes/ms (" + src + ":224)"),
                new ReportFacts.Fact("threshold", "26269740 bytes"),
                new ReportFacts.Fact("limit", "100 ms: QEMU's threshold 26269740 B = its bandwidth before truncation,"
                        + " 26269740 B / 100 ms = 262697.4 B/ms, × 100 ms (" + src + ":224)"),
                new ReportFacts.Fact("expected", "58.174 ms (pending ÷ the bandwidth before truncation)")),
                DecisionFacts.decision(WhySamples.analysis("full-trace-precopy-limit100").why().decision()));
    }

    /** dst-stalled-400ms: no decision events in either log, so one fact says so and which to trace. */
    @Test
    void aTraceWithoutTheDecision() {
        assertEquals(List.of(new ReportFacts.Fact("decision", "not in the trace (no migration_thread_low_pending before"
                + " src-downtime-start): the trace holds none of QEMU's switchover-decision events (migrate_transferred,"
                + " migrate_pending_*, migration_thread_low_pending): trace them with -trace 'migrat*' (docs/why.md)")),
                DecisionFacts.decision(WhySamples.analysis("dst-stalled-400ms").why().decision()));
    }
}
