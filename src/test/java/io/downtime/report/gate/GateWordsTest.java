package io.downtime.report.gate;

import io.downtime.compare.Thresholds;
import io.downtime.gate.CheckStatus;
import io.downtime.gate.Gate;
import io.downtime.gate.GateContext;
import io.downtime.gate.GateResult;
import io.downtime.gate.GateRules;
import io.downtime.gate.NoRegressionRule;
import io.downtime.gate.RuleBook;
import io.downtime.gate.RuleResult;
import io.downtime.model.DeviceOperation;
import io.downtime.runset.Baseline;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.testing.DerivedRunSets;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate's words (moved here from GateRulesTest and OutcomeRuleTest when the rules started returning findings):
 * every rule kind passing and failing on the real samples, worded. The figures are derived in RunFiguresTest:
 * dst-stalled-400ms's blackout is at least 405351 µs (no upper bound: one-sided alignment),
 * src-downtime-start -> src-vm-stopped 1082 µs, virtio-blk load 1195 µs (dst.log:33); the outcomes in OutcomeTest.
 */
class GateWordsTest {
    static final String STALLED = "dst-stalled-400ms";

    @Test
    void blackoutLowerBound(@TempDir Path dir) {
        RuleResult fail = GateRules.only(dir, "  - {kind: blackout, max_ms: 405.35}\n", STALLED);
        assertEquals(CheckStatus.FAILED, fail.outcome());
        assertEquals("blackout at least 405.351 ms > limit 405.35 ms in dst-stalled-400ms", GateWords.message(fail));
        assertEquals(OptionalLong.of(405_351), fail.measuredUs());
        RuleResult pass = GateRules.only(dir, "  - {kind: blackout, max_ms: 405.351}\n", STALLED);
        assertEquals(CheckStatus.PASSED, pass.outcome());
        assertEquals("blackout at least 405.351 ms ≤ limit 405.351 ms in dst-stalled-400ms", GateWords.message(pass));
    }

    /** Only a lower bound is known: against the upper bound the blackout is unknown, failed or skipped. */
    @Test
    void blackoutUpperBoundUnknown(@TempDir Path dir) {
        RuleResult fail = GateRules.only(dir, "  - {kind: blackout, max_ms: 1000, value: upper-bound}\n", STALLED);
        assertEquals(CheckStatus.FAILED, fail.outcome());
        assertEquals("blackout unknown in dst-stalled-400ms: it has no upper bound (at least 405.351 ms); the limit is"
                + " 1 s (when_unknown: fail)", GateWords.message(fail));
        RuleResult skip = GateRules.only(dir,
                "  - {kind: blackout, max_ms: 1000, value: upper-bound, when_unknown: skip}\n", STALLED);
        assertEquals(CheckStatus.SKIPPED, skip.outcome());
    }

    /**
     * precopy-return-path, two-sided: offset between -1759 and +871 µs (ClockAlignmentTest); the
     * blackout dst.log:39 227.838732 - src.log:3 227.732462 = 106270 µs on the hosts' clocks, minus the
     * offset: between 105399 and 108029 µs; estimate at the offset's middle, floor((-1759+871)/2) = -444:
     * 106714 µs.
     */
    @Test
    void blackoutTwoSided(@TempDir Path dir) {
        RuleResult upper = GateRules.only(dir, "  - {kind: blackout, max_ms: 108, value: upper-bound}\n",
                "precopy-return-path");
        assertEquals(CheckStatus.FAILED, upper.outcome());
        assertEquals("blackout at most 108.029 ms > limit 108 ms in precopy-return-path", GateWords.message(upper));
        RuleResult estimate = GateRules.only(dir, "  - {kind: blackout, max_ms: 106.714, value: estimate}\n",
                "precopy-return-path");
        assertEquals(CheckStatus.PASSED, estimate.outcome());
        assertEquals("about 106.714 ms", GateWords.measured(estimate).get());
        RuleResult lower = GateRules.only(dir, "  - {kind: blackout, max_ms: 105.398}\n", "precopy-return-path");
        assertEquals("blackout at least 105.399 ms > limit 105.398 ms in precopy-return-path", GateWords.message(lower));
    }

    @Test
    void blackoutOfAFailedMigrationIsUnknown(@TempDir Path dir) {
        RuleResult result = GateRules.only(dir, "  - {kind: blackout, max_ms: 300}\n", "dst-killed-at-switchover");
        assertEquals(CheckStatus.FAILED, result.outcome());
        assertTrue(GateWords.message(result).startsWith("blackout unknown in dst-killed-at-switchover: the guest never started on"
                + " the destination"), GateWords.message(result));
    }

    /** src.log:3 src-downtime-start 070.597297 -> src.log:4 src-vm-stopped 070.598379: 1082 µs; older names work too. */
    @Test
    void phase(@TempDir Path dir) {
        RuleResult fail = GateRules.only(dir, "  - {kind: phase, from: downtime-start, to: src-vm-stopped, max_ms: 1}\n",
                STALLED);
        assertEquals(CheckStatus.FAILED, fail.outcome());
        assertEquals("phase src-downtime-start -> src-vm-stopped 1.082 ms > limit 1 ms in dst-stalled-400ms",
                GateWords.message(fail));
        RuleResult pass = GateRules.only(dir,
                "  - {kind: phase, from: src-downtime-start, to: vm-stopped, max_ms: 1.082}\n", STALLED);
        assertEquals(CheckStatus.PASSED, pass.outcome());
        RuleResult missing = GateRules.only(dir,
                "  - {kind: phase, from: src-downtime-start, to: src-downtime-end, max_ms: 5}\n", STALLED);
        assertEquals(CheckStatus.FAILED, missing.outcome());
        assertEquals("phase src-downtime-start -> src-downtime-end unknown in dst-stalled-400ms: the migration has no"
                + " phase src-downtime-start -> src-downtime-end; the limit is 5 ms (when_unknown: fail)", GateWords.message(missing));
    }

    /** dst.log:33 virtio-blk load downtime=1195, dst.log:32 virtio-net load downtime=977, src.log:46,47 saves 634, 610. */
    @Test
    void device(@TempDir Path dir) {
        RuleResult fail = GateRules.only(dir, "  - {kind: device, match: '*virtio*', max_us: 976}\n", STALLED);
        assertEquals(CheckStatus.FAILED, fail.outcome());
        assertEquals("0000:00:02.0/virtio-blk load 1.195 ms, 0000:00:01.0/virtio-net load 977 µs > limit 976 µs in"
                + " dst-stalled-400ms", GateWords.message(fail));
        RuleResult saves = GateRules.only(dir,
                "  - {kind: device, match: '*/virtio-*', operation: save, max_us: 634}\n", STALLED);
        assertEquals(CheckStatus.PASSED, saves.outcome());
        assertEquals("slowest matching device 0000:00:01.0/virtio-net save 634 µs ≤ limit 634 µs in dst-stalled-400ms",
                GateWords.message(saves));
        RuleResult none = GateRules.only(dir, "  - {kind: device, match: '*vfio*', max_us: 10}\n", STALLED);
        assertEquals(CheckStatus.FAILED, none.outcome());
        assertEquals("no device matching *vfio* in dst-stalled-400ms (saves and loads); the limit is 10 µs"
                + " (when_unknown: fail)", GateWords.message(none));
    }

    @Test
    void clockAlignment(@TempDir Path dir) {
        assertEquals(CheckStatus.PASSED, GateRules.only(dir, "  - {kind: clock-alignment, at_least: one-sided}\n",
                STALLED).outcome());
        RuleResult two = GateRules.only(dir, "  - {kind: clock-alignment, at_least: two-sided}\n", STALLED);
        assertEquals(CheckStatus.FAILED, two.outcome());
        assertEquals("clock alignment one-sided is below the required two-sided in dst-stalled-400ms", GateWords.message(two));
        RuleResult none = GateRules.only(dir, "  - {kind: clock-alignment, at_least: one-sided}\n",
                "precopy-no-timestamps");
        assertEquals(CheckStatus.FAILED, none.outcome());
        assertTrue(GateWords.message(none).startsWith("clock alignment none is below the required one-sided in"
                + " precopy-no-timestamps: the source's trace lines carry no timestamps"), GateWords.message(none));
    }

    /** A copy of dst-stalled-400ms whose src.log line 6 has downtime=abc: that line is rejected, the rest is read. */
    @Test
    void noRejectedLines(@TempDir Path dir) throws Exception {
        assertEquals(CheckStatus.PASSED, GateRules.only(dir, "  - {kind: no-rejected-lines}\n", STALLED).outcome());
        Path copy = dir.resolve("damaged");
        List<String> src = Files.readAllLines(SampleTraces.path(STALLED + "/src.log"));
        src.set(5, src.get(5).replace("downtime=485", "downtime=abc"));
        Files.createDirectories(copy);
        Files.write(copy.resolve("src.log"), src, StandardCharsets.UTF_8);
        Files.copy(SampleTraces.path(STALLED + "/dst.log"), copy.resolve("dst.log"));
        RunSet set = RunSetLoader.load(List.of(copy.toString()), RunSetOptions.defaults(), d -> { });
        GateResult result = Gate.check(GateRules.read(dir, "  - {kind: no-rejected-lines}\n"),
                new GateContext(set, Optional.empty()));
        RuleResult rejected = result.results().get(0);
        assertEquals(CheckStatus.FAILED, rejected.outcome());
        assertEquals("1 rejected line in " + copy.resolve("src.log") + " (stderr lists them as file:line:column)"
                + " for damaged", GateWords.message(rejected));
    }

    /**
     * Against a baseline of ten noisy copies of precopy-q35-small, ten copies with virtio-net's save
     * 30% slower regress; ten copies with noise only do not.
     */
    @Test
    void noRegression(@TempDir Path dir) {
        DerivedRunSets.Recipe noise = DerivedRunSets.Recipe.noise("precopy-q35-small", 0.1);
        RunSet base = load(DerivedRunSets.write(dir.resolve("base"), noise, 10, 11));
        Baseline baseline = new Baseline("test", "base", "auto", "auto", List.of(), base.figures());
        RuleBook rules = GateRules.read(dir, "  - {kind: no-regression, max_change_pct: 10, max_change_us: 100,"
                + " figures: [device_save, device_load]}\n");
        RunSet slower = load(DerivedRunSets.write(dir.resolve("slower"),
                noise.slower("0000:00:01.0/virtio-net", DeviceOperation.SAVE, 1.3), 10, 12));
        RuleResult fail = Gate.check(rules, new GateContext(slower, Optional.of(baseline))).results().get(0);
        assertEquals(CheckStatus.FAILED, fail.outcome());
        assertEquals(RuleResult.ALL_RUNS, fail.subject());
        assertTrue(GateWords.message(fail).startsWith("regressed beyond +10% and +100 µs: 0000:00:01.0/virtio-net save +"),
                GateWords.message(fail));
        assertTrue(GateWords.message(fail).endsWith("(10 migrations against 10 of baseline base)"), GateWords.message(fail));
        RunSet same = load(DerivedRunSets.write(dir.resolve("same"), noise, 10, 13));
        RuleResult pass = Gate.check(rules, new GateContext(same, Optional.of(baseline))).results().get(0);
        assertEquals(CheckStatus.PASSED, pass.outcome(), GateWords.message(pass));
        NoRegressionRule rule = (NoRegressionRule) rules.rules().get(0);
        assertEquals(new Thresholds(Thresholds.DEFAULT_ALPHA, 100, 10), rule.thresholds());
    }

    /**
     * strict-destination-fires-50-10 recorded with 50 + 10 = 60 ms: the destination aborted at
     * cpu_common's load (dst.log:7), perceiving 121 ms; the replay agrees (RecordedStrictRunsTest derives
     * it: fired rightly, the blackout would have been at least 138.307 ms).
     */
    @Test
    void strictMustNotFire(@TempDir Path dir) {
        RuleResult fires = GateRules.only(dir, "  - {kind: strict, policy: rfc, downtime_limit_ms: 50,"
                + " switchover_limit_ms: 10, must_not: fire}\n", "strict-destination-fires-50-10");
        assertEquals(CheckStatus.FAILED, fires.outcome());
        assertTrue(GateWords.message(fires).startsWith("rfc at downtime-limit 50 ms + switchover-limit 10 ms = abort limit 60 ms"
                + " fires in strict-destination-fires-50-10: first at the destination's load of cpu_common 0 ("),
                GateWords.message(fires));
        assertTrue(GateWords.message(fires).endsWith("dst.log:7), 142.998 ms after src-downtime-start (fired rightly)"),
                GateWords.message(fires));
        assertEquals("fires (fired rightly)", GateWords.measured(fires).get());
        // strict-completed-300-10 at 300 + 10: nothing comes near 310 ms (the blackout is at most 21.647 ms)
        RuleResult silent = GateRules.only(dir, "  - {kind: strict, policy: rfc, downtime_limit_ms: 300,"
                + " switchover_limit_ms: 10, must_not: fire}\n", "strict-completed-300-10");
        assertEquals(CheckStatus.PASSED, silent.outcome());
        assertEquals("rfc at downtime-limit 300 ms + switchover-limit 10 ms = abort limit 310 ms cannot fire in"
                + " strict-completed-300-10", GateWords.message(silent));
    }

    /**
     * strict-completed-300-10 under total at 20 ms: its blackout lies between 17.420 and 21.647 ms, so total
     * may fire (OtherPoliciesTest): uncertain, failed by default, skipped on request.
     */
    @Test
    void strictMayFireFollowsWhenUncertain(@TempDir Path dir) {
        RuleResult maybe = GateRules.only(dir, "  - {kind: strict, policy: total, downtime_limit_ms: 20,"
                + " switchover_limit_ms: 0, must_not: fire}\n", "strict-completed-300-10");
        assertEquals(CheckStatus.FAILED, maybe.outcome());
        assertTrue(GateWords.message(maybe).contains(" may fire in strict-completed-300-10"), GateWords.message(maybe));
        assertTrue(GateWords.message(maybe).endsWith("(fired rightly or rightly silent) (when_uncertain: fail)"), GateWords.message(maybe));
        RuleResult skipped = GateRules.only(dir, "  - {kind: strict, policy: total, downtime_limit_ms: 20,"
                + " switchover_limit_ms: 0, must_not: fire, when_uncertain: skip}\n", "strict-completed-300-10");
        assertEquals(CheckStatus.SKIPPED, skipped.outcome());
    }

    /**
     * strict-missed-62ms-blackout-8-2 recorded with 8 + 2 = 10 ms: nothing fired, yet the guest was stopped
     * between 61.262 and 62.568 ms (RecordedStrictRunsTest): the RFC missed a violation; total, checking
     * the whole blackout, fires rightly and misses nothing.
     */
    @Test
    void strictMustNotMissAViolation(@TempDir Path dir) {
        RuleResult missed = GateRules.only(dir, "  - {kind: strict, policy: rfc, downtime_limit_ms: 8,"
                + " switchover_limit_ms: 2, must_not: miss-violation}\n", "strict-missed-62ms-blackout-8-2");
        assertEquals(CheckStatus.FAILED, missed.outcome());
        assertEquals("rfc at downtime-limit 8 ms + switchover-limit 2 ms = abort limit 10 ms misses a violation in"
                + " strict-missed-62ms-blackout-8-2: it promises 10 ms; the guest was stopped at least 61.262 ms"
                + " (missed a violation)", GateWords.message(missed));
        RuleResult total = GateRules.only(dir, "  - {kind: strict, policy: total, downtime_limit_ms: 8,"
                + " switchover_limit_ms: 2, must_not: miss-violation}\n", "strict-missed-62ms-blackout-8-2");
        assertEquals(CheckStatus.PASSED, total.outcome(), GateWords.message(total));
    }

    /** Every kind's demand starts with what it checks; a strict rule's with "strict mode" (docs/gate.md). */
    @Test
    void demands(@TempDir Path dir) {
        RuleBook rules = GateRules.read(dir, "  - {kind: strict, policy: rfc, downtime_limit_ms: 300,"
                + " switchover_limit_ms: 10, must_not: fire}\n  - {kind: blackout, max_ms: 300}\n"
                + "  - {kind: device, match: '*virtio*', max_us: 976, operation: load}\n");
        assertEquals(List.of("strict mode rfc at downtime-limit 300 ms + switchover-limit 10 ms = abort limit 310 ms"
                        + " must not fire", "blackout at most 300 ms (lower bound)", "devices *virtio* at most 976 µs per load"),
                rules.rules().stream().map(GateWords::demand).toList());
    }

    @Test
    void strictOnAnUntimedRunIsUnknown(@TempDir Path dir) {
        RuleResult unknown = GateRules.only(dir, "  - {kind: strict, policy: rfc, downtime_limit_ms: 300,"
                + " switchover_limit_ms: 10, must_not: fire}\n", "precopy-no-timestamps");
        assertEquals(CheckStatus.FAILED, unknown.outcome());
        assertTrue(GateWords.message(unknown).startsWith("rfc at downtime-limit 300 ms + switchover-limit 10 ms = abort limit"
                + " 310 ms cannot be replayed on precopy-no-timestamps: "), GateWords.message(unknown));
        assertTrue(GateWords.message(unknown).endsWith("(when_unknown: fail)"), GateWords.message(unknown));
    }



    /** dst-killed-in-precopy failed in precopy: src.stderr:2 is QEMU's migration error. */
    @Test
    void aFailedMigrationFailsMustNotBeFailed(@TempDir Path dir) {
        RuleResult result = GateRules.only(dir, "  - {name: no-failed, kind: outcome, must_not_be: [failed]}\n",
                "dst-killed-in-precopy");
        assertEquals(CheckStatus.FAILED, result.outcome());
        assertEquals(Optional.of("failed in precopy"), GateWords.measured(result));
        assertTrue(GateWords.message(result).startsWith("dst-killed-in-precopy: failed in precopy, guest never: Unable to write to"
                + " socket: Connection reset by peer ("), GateWords.message(result));
        assertTrue(GateWords.message(result).endsWith("dst-killed-in-precopy/src.stderr:2) (forbidden: failed)"), GateWords.message(result));
    }

    /** Each attempt of a retry is checked: the cancelled first fails must_be completed, the second passes. */
    @Test
    void everyAttemptOfARetryIsChecked(@TempDir Path dir) {
        GateResult result = Gate.check(GateRules.read(dir, "  - {kind: outcome, must_be: [completed]}\n"),
                new GateContext(GateRules.samples("cancelled-then-retried"), Optional.empty()));
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), result.results().stream().map(RuleResult::outcome).toList());
        assertEquals("cancelled-then-retried #1", result.results().get(0).subject());
        assertTrue(GateWords.message(result.results().get(0)).contains("cancelled in precopy, guest never: cancelled from QEMU's"
                + " main thread (migrate_cancel) ("), GateWords.message(result.results().get(0)));
        assertEquals("no migration failed or cancelled or aborted-by-strict-mode or unknown",
                GateWords.demand(result.results().get(0).rule()));
    }

    /** The strict abort without its stderr still counts as one: the threads tell it (src.log:74). */
    @Test
    void aStrictAbortIsNotACancel(@TempDir Path dir) throws Exception {
        Path logs = Files.createDirectories(dir.resolve("strict-source-fires-first-5-1"));
        for (String log : List.of("src.log", "dst.log")) {
            Files.copy(io.downtime.testing.SampleTraces.path("strict-source-fires-first-5-1/" + log), logs.resolve(log));
        }
        RuleBook book = GateRules.read(dir, "  - {kind: outcome, must_not_be: [aborted-by-strict-mode]}\n");
        GateResult result = Gate.check(book, new GateContext(io.downtime.runset.RunSetLoader.load(List.of(logs.toString()),
                io.downtime.runset.RunSetOptions.defaults(), d -> { }), Optional.empty()));
        RuleResult only = result.results().get(0);
        assertEquals(CheckStatus.FAILED, only.outcome());
        assertTrue(GateWords.message(only).contains("aborted-by-strict-mode at switchover, guest stopped-then-resumed-on-source:"
                + " the source's strict-mode abort (its migration thread cancelled right after a check) ("),
                GateWords.message(only));
    }


    private static RunSet load(Path set) {
        return RunSetLoader.load(List.of(set.toString()), RunSetOptions.defaults(), d -> { });
    }
}
