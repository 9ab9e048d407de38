package io.downtime.gate;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.blackout.DeviceKey;
import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.compare.Thresholds;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;
import io.downtime.run.Role;
import io.downtime.run.RunStatus;
import io.downtime.runset.Baseline;
import io.downtime.runset.PredictionErrorUnavailable;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.strict.Certainty;
import io.downtime.strict.Firing;
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
 * Every rule kind passing and failing on the real samples: the findings' values (their words are tested in
 * report.gate.GateWordsTest). The figures are derived in
 * RunFiguresTest: dst-stalled-400ms's blackout is at least 405351 µs (no upper bound: one-sided
 * alignment), src-downtime-start -> src-vm-stopped 1082 µs, virtio-blk load 1195 µs (dst.log:33).
 */
class GateRulesTest {
    private static final String STALLED = "dst-stalled-400ms";

    @Test
    void blackoutLowerBound(@TempDir Path dir) {
        RuleResult fail = GateRules.only(dir, "  - {kind: blackout, max_ms: 405.35}\n", STALLED);
        assertEquals(CheckStatus.FAILED, fail.outcome());
        assertEquals(new Finding.Time(new Finding.Blackout(), new Estimate(Interval.atLeast(405_351), OptionalLong.of(405_351)),
                BoundChoice.LOWER_BOUND, 405_351, 405_350), fail.finding());
        assertEquals(OptionalLong.of(405_351), fail.measuredUs());
        RuleResult pass = GateRules.only(dir, "  - {kind: blackout, max_ms: 405.351}\n", STALLED);
        assertEquals(CheckStatus.PASSED, pass.outcome());
        assertEquals(405_351, ((Finding.Time) pass.finding()).maxMicros());
        assertTrue(((Finding.Time) pass.finding()).within());
    }

    /** Only a lower bound is known: against the upper bound the blackout is unknown, failed or skipped. */
    @Test
    void blackoutUpperBoundUnknown(@TempDir Path dir) {
        RuleResult fail = GateRules.only(dir, "  - {kind: blackout, max_ms: 1000, value: upper-bound}\n", STALLED);
        assertEquals(CheckStatus.FAILED, fail.outcome());
        Finding.TimeUnknown unknown = (Finding.TimeUnknown) fail.finding();
        assertEquals(new Finding.NoBound(BoundChoice.UPPER_BOUND, new Estimate(Interval.atLeast(405_351),
                OptionalLong.of(405_351))), unknown.why());
        assertEquals(1_000_000, unknown.maxMicros());
        assertEquals(UnknownPolicy.FAIL, unknown.whenUnknown());
        assertEquals(OptionalLong.empty(), fail.measuredUs());
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
        Estimate blackout = new Estimate(Interval.between(105_399, 108_029), OptionalLong.of(106_714));
        assertEquals(new Finding.Time(new Finding.Blackout(), blackout, BoundChoice.UPPER_BOUND, 108_029, 108_000),
                upper.finding());
        RuleResult estimate = GateRules.only(dir, "  - {kind: blackout, max_ms: 106.714, value: estimate}\n",
                "precopy-return-path");
        assertEquals(CheckStatus.PASSED, estimate.outcome());
        assertEquals(new Finding.Time(new Finding.Blackout(), blackout, BoundChoice.ESTIMATE, 106_714, 106_714),
                estimate.finding());
        RuleResult lower = GateRules.only(dir, "  - {kind: blackout, max_ms: 105.398}\n", "precopy-return-path");
        assertEquals(new Finding.Time(new Finding.Blackout(), blackout, BoundChoice.LOWER_BOUND, 105_399, 105_398),
                lower.finding());
    }

    @Test
    void blackoutOfAFailedMigrationIsUnknown(@TempDir Path dir) {
        RuleResult result = GateRules.only(dir, "  - {kind: blackout, max_ms: 300}\n", "dst-killed-at-switchover");
        assertEquals(CheckStatus.FAILED, result.outcome());
        Finding.TimeUnknown unknown = (Finding.TimeUnknown) result.finding();
        // dst.log has no dst-*-vm-started; src.log:6 failed, dst.log ends in active (incomplete)
        assertEquals(new Finding.NoBlackout(Optional.of(new BlackoutUnavailable.NeverStarted(RunStatus.INCOMPLETE,
                RunStatus.FAILED))), unknown.why());
    }

    /** src.log:3 src-downtime-start 070.597297 -> src.log:4 src-vm-stopped 070.598379: 1082 µs; older names work too. */
    @Test
    void phase(@TempDir Path dir) {
        RuleResult fail = GateRules.only(dir, "  - {kind: phase, from: downtime-start, to: src-vm-stopped, max_ms: 1}\n",
                STALLED);
        assertEquals(CheckStatus.FAILED, fail.outcome());
        assertEquals(new Finding.Time(new Finding.Phase("src-downtime-start", "src-vm-stopped"), Estimate.exactly(1082),
                BoundChoice.LOWER_BOUND, 1082, 1000), fail.finding());
        RuleResult pass = GateRules.only(dir,
                "  - {kind: phase, from: src-downtime-start, to: vm-stopped, max_ms: 1.082}\n", STALLED);
        assertEquals(CheckStatus.PASSED, pass.outcome());
        RuleResult missing = GateRules.only(dir,
                "  - {kind: phase, from: src-downtime-start, to: src-downtime-end, max_ms: 5}\n", STALLED);
        assertEquals(CheckStatus.FAILED, missing.outcome());
        // both hosts completed (src.log and dst.log end in completed): the statuses are not part of the reason
        assertEquals(new Finding.TimeUnknown(new Finding.Phase("src-downtime-start", "src-downtime-end"),
                new Finding.NoPhase(true, "source completed, destination completed"), 5000, UnknownPolicy.FAIL),
                missing.finding());
    }

    /**
     * The prediction error, blackout − QEMU's expected downtime (derived in PredictionAcrossRunsTest, DecisionTest and
     * PredictionTest): full-trace-precopy-limit100 expected 15282176 B × 100 ms × 1000 / 26269740 B = 58174 µs
     * (src.log:224, 233), blackout 71811 to 73387 µs, estimate 72599: error 13637 to 15213 µs, estimate 14425;
     * full-trace-dst-stalled-200 expected 46283 µs, blackout at least 238767 µs: error at least 192484 µs, no upper
     * bound; full-trace-kvm-8vcpu-many-devices has no prediction.
     */
    @Test
    void predictionError(@TempDir Path dir) {
        RuleResult upper = GateRules.only(dir, "  - {kind: prediction-error, max_ms: 15.213, value: upper-bound}\n",
                "full-trace-precopy-limit100");
        assertEquals(CheckStatus.PASSED, upper.outcome());
        assertEquals(new Finding.Time(new Finding.PredictionError(), new Estimate(Interval.between(13_637, 15_213),
                OptionalLong.of(14_425)), BoundChoice.UPPER_BOUND, 15_213, 15_213), upper.finding());
        RuleResult oneSided = GateRules.only(dir, "  - {kind: prediction-error, max_ms: 500, value: upper-bound}\n",
                "full-trace-dst-stalled-200");
        assertEquals(CheckStatus.FAILED, oneSided.outcome());
        Finding.TimeUnknown unknown = (Finding.TimeUnknown) oneSided.finding();
        assertEquals(BoundChoice.UPPER_BOUND, ((Finding.NoBound) unknown.why()).value());
        assertEquals(OptionalLong.of(192_484), ((Finding.NoBound) unknown.why()).time().bounds().low());
        RuleResult none = GateRules.only(dir, "  - {kind: prediction-error, max_ms: 50, when_unknown: skip}\n",
                "full-trace-kvm-8vcpu-many-devices");
        assertEquals(CheckStatus.SKIPPED, none.outcome());
        Finding.TimeUnknown noPrediction = (Finding.TimeUnknown) none.finding();
        assertTrue(noPrediction.why() instanceof Finding.NoPredictionError stated
                && stated.why().orElseThrow() instanceof PredictionErrorUnavailable.NoPrediction, noPrediction.toString());
    }

    /** dst.log:33 virtio-blk load downtime=1195, dst.log:32 virtio-net load downtime=977, src.log:46,47 saves 634, 610. */
    @Test
    void device(@TempDir Path dir) {
        RuleResult fail = GateRules.only(dir, "  - {kind: device, match: '*virtio*', max_us: 976}\n", STALLED);
        assertEquals(CheckStatus.FAILED, fail.outcome());
        Finding.Devices devices = (Finding.Devices) fail.finding();
        // slowest first: virtio-blk load 1195, virtio-net load 977, saves 634 (virtio-net), 610 (virtio-blk)
        assertEquals(List.of(1195L, 977L, 634L, 610L), devices.slowestFirst().stream().map(Finding.DeviceTime::micros).toList());
        assertEquals(new Finding.DeviceTime(new DeviceKey("0000:00:02.0/virtio-blk", 0, SectionType.NON_ITERABLE),
                DeviceOperation.LOAD, 1195), devices.slowest());
        assertEquals(2, devices.over().size());
        assertEquals(OptionalLong.of(1195), fail.measuredUs());
        RuleResult saves = GateRules.only(dir,
                "  - {kind: device, match: '*/virtio-*', operation: save, max_us: 634}\n", STALLED);
        assertEquals(CheckStatus.PASSED, saves.outcome());
        Finding.Devices saved = (Finding.Devices) saves.finding();
        assertEquals(List.of(634L, 610L), saved.slowestFirst().stream().map(Finding.DeviceTime::micros).toList());
        assertEquals(DeviceOperation.SAVE, saved.slowest().operation());
        assertEquals(List.of(), saved.over());
        RuleResult none = GateRules.only(dir, "  - {kind: device, match: '*vfio*', max_us: 10}\n", STALLED);
        assertEquals(CheckStatus.FAILED, none.outcome());
        assertEquals(new Finding.NoDevice(10, UnknownPolicy.FAIL), none.finding());
    }

    @Test
    void clockAlignment(@TempDir Path dir) {
        assertEquals(CheckStatus.PASSED, GateRules.only(dir, "  - {kind: clock-alignment, at_least: one-sided}\n",
                STALLED).outcome());
        RuleResult two = GateRules.only(dir, "  - {kind: clock-alignment, at_least: two-sided}\n", STALLED);
        assertEquals(CheckStatus.FAILED, two.outcome());
        Finding.Clock clock = (Finding.Clock) two.finding();
        assertEquals(AlignmentQuality.ONE_SIDED, clock.quality());
        assertEquals(AlignmentQuality.TWO_SIDED, clock.required());
        assertTrue(!clock.good());
        RuleResult none = GateRules.only(dir, "  - {kind: clock-alignment, at_least: one-sided}\n",
                "precopy-no-timestamps");
        assertEquals(CheckStatus.FAILED, none.outcome());
        Finding.Clock untimed = (Finding.Clock) none.finding();
        assertEquals(AlignmentQuality.NONE, untimed.quality());
        assertTrue(untimed.firstNote().isPresent(), untimed.toString());
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
        assertEquals(new Finding.Lines(List.of(new Finding.InputLines(copy.resolve("src.log").toString(), 1, 0)), 1),
                rejected.finding());
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
        Finding.Regressions regressions = (Finding.Regressions) fail.finding();
        assertEquals("0000:00:01.0/virtio-net save", regressions.regressions().get(0).figure().label());
        assertEquals(List.of(10, 10, "base"), List.of(regressions.migrations(), regressions.baselineMigrations(),
                regressions.baseline()));
        RunSet same = load(DerivedRunSets.write(dir.resolve("same"), noise, 10, 13));
        RuleResult pass = Gate.check(rules, new GateContext(same, Optional.of(baseline))).results().get(0);
        assertEquals(CheckStatus.PASSED, pass.outcome(), pass.finding().toString());
        assertEquals(List.of(), ((Finding.Regressions) pass.finding()).regressions());
        NoRegressionRule rule = (NoRegressionRule) rules.rules().get(0);
        assertEquals(new Thresholds(Thresholds.DEFAULT_ALPHA, 100, 10), rule.thresholds());
    }

    /** One result per rule and migration, in rule order. */
    @Test
    void resultsPerRuleAndMigration(@TempDir Path dir) {
        RuleBook rules = GateRules.read(dir, "  - {kind: blackout, max_ms: 300}\n  - {kind: no-rejected-lines}\n");
        GateResult result = Gate.check(rules, new GateContext(GateRules.samples(STALLED, "precopy-q35-small"),
                Optional.empty()));
        assertEquals(List.of("blackout dst-stalled-400ms fail", "blackout precopy-q35-small pass",
                        "no-rejected-lines dst-stalled-400ms pass", "no-rejected-lines precopy-q35-small pass"),
                result.results().stream().map(r -> r.rule().name() + " " + r.subject() + " " + r.outcome().label()).toList());
        assertTrue(!result.passed());
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
        Finding.MustNotFire fired = (Finding.MustNotFire) fires.finding();
        assertEquals(Certainty.FIRES, fired.fired());
        assertEquals(60, fired.verdict().promisedLimitMs());
        Firing first = fired.verdict().first().orElseThrow();
        assertEquals(Role.DESTINATION, first.at().host());
        assertTrue(first.at().where().toString().endsWith("dst.log:7"), first.at().where().toString());
        assertEquals(OptionalLong.of(142_998), first.sinceStart().value().isPresent() ? first.sinceStart().value()
                : first.sinceStart().bounds().low());
        // strict-completed-300-10 at 300 + 10: nothing comes near 310 ms (the blackout is at most 21.647 ms)
        RuleResult silent = GateRules.only(dir, "  - {kind: strict, policy: rfc, downtime_limit_ms: 300,"
                + " switchover_limit_ms: 10, must_not: fire}\n", "strict-completed-300-10");
        assertEquals(CheckStatus.PASSED, silent.outcome());
        assertEquals(Certainty.CANNOT_FIRE, ((Finding.MustNotFire) silent.finding()).fired());
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
        assertEquals(Certainty.MAY_FIRE, ((Finding.MustNotFire) maybe.finding()).fired());
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
        Finding.MustNotMiss miss = (Finding.MustNotMiss) missed.finding();
        assertTrue(miss.certainly() && miss.possibly(), miss.toString());
        assertEquals(10, miss.verdict().promisedLimitMs());
        assertEquals(OptionalLong.of(61_262), miss.verdict().judgedAgainst().low());
        RuleResult total = GateRules.only(dir, "  - {kind: strict, policy: total, downtime_limit_ms: 8,"
                + " switchover_limit_ms: 2, must_not: miss-violation}\n", "strict-missed-62ms-blackout-8-2");
        assertEquals(CheckStatus.PASSED, total.outcome(), total.finding().toString());
        assertTrue(!((Finding.MustNotMiss) total.finding()).possibly());
    }

    @Test
    void strictOnAnUntimedRunIsUnknown(@TempDir Path dir) {
        RuleResult unknown = GateRules.only(dir, "  - {kind: strict, policy: rfc, downtime_limit_ms: 300,"
                + " switchover_limit_ms: 10, must_not: fire}\n", "precopy-no-timestamps");
        assertEquals(CheckStatus.FAILED, unknown.outcome());
        assertEquals(UnknownPolicy.FAIL, ((Finding.Unreplayable) unknown.finding()).whenUnknown());
    }

    private static RunSet load(Path set) {
        return RunSetLoader.load(List.of(set.toString()), RunSetOptions.defaults(), d -> { });
    }
}
