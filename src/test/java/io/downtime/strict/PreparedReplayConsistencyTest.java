package io.downtime.strict;

import io.downtime.clock.AlignmentOptions;
import io.downtime.report.words.ProblemWords;
import io.downtime.runset.CaseInput;
import io.downtime.runset.CaseReader;
import io.downtime.runset.RunSetInputs;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep decides from a few counts per run ({@link RfcPrepared}); the replay enumerates the checks
 * phase by phase ({@link RfcScenarios}). Both must agree on whether the RFC fires, on every real sample
 * and at limits around every interesting value (the counters' last readings, the recorded limits).
 */
class PreparedReplayConsistencyTest {
    private static final long[] ABORT_LIMITS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 20, 60, 96, 97, 98, 99, 100, 101,
            120, 121, 122, 310, 405, 406, 540, 541, 600};

    @Test
    void scenariosAndPreparedCountsAgreeOnEverySample() {
        List<Switchover> runs = samples();
        assertTrue(runs.size() >= 12, "samples read: " + runs.size());
        int compared = 0;
        for (Switchover run : runs) {
            if (!run.replayable()) {
                continue;
            }
            PreparedReplay prepared = Policies.RFC.prepare(run, ReplayOptions.defaults());
            for (long limit : ABORT_LIMITS) {
                RfcScenarios scenarios = RfcScenarios.of(run, limit);
                boolean someFire = scenarios.scenarios().stream().anyMatch(s -> s.first().isPresent());
                boolean someSilent = scenarios.scenarios().stream().anyMatch(s -> s.first().isEmpty());
                Certainty enumerated = Certainty.of(someFire, someSilent);
                assertEquals(enumerated, prepared.outcome(new Limits(limit, 0)).fired(),
                        run.migration().pair().source().orElseThrow() + " at abort limit " + limit);
                compared++;
            }
        }
        long replayable = runs.stream().filter(Switchover::replayable).count();
        assertTrue(replayable >= 12, "replayable samples: " + replayable);
        assertEquals(replayable * ABORT_LIMITS.length, compared);
    }

    /**
     * Where every scenario holds for every combination of its phases, the scenarios' pairs add up to
     * every pair exactly once. Where one holds for only some combinations (the clock alignment cannot
     * order the hosts' checks), the scenarios give only their projections: then every source phase and
     * every destination phase is in some scenario. Both kinds are counted, and every replayable sample
     * at every limit is one or the other.
     */
    @Test
    void everyPhasePairIsInExactlyOneScenario() {
        long[] limits = {3, 6, 60, 310};
        long replayable = 0;
        long exact = 0;
        long projected = 0;
        for (Switchover run : samples()) {
            if (!run.replayable()) {
                continue;
            }
            replayable++;
            for (long limit : limits) {
                List<Scenario> scenarios = RfcScenarios.of(run, limit).scenarios();
                String where = run.migration().pair().source().orElseThrow() + " at abort limit " + limit;
                if (scenarios.stream().allMatch(Scenario::everyCombination)) {
                    long pairs = 0;
                    for (Scenario scenario : scenarios) {
                        pairs += (long) scenario.sourcePhases().size() * scenario.destinationPhases().size();
                    }
                    assertEquals((long) run.phases().source().size() * run.phases().destination().size(), pairs, where);
                    exact++;
                } else {
                    PhaseSet sources = scenarios.stream().map(Scenario::sourcePhases).reduce(PhaseSet::union).orElseThrow();
                    PhaseSet destinations = scenarios.stream().map(Scenario::destinationPhases).reduce(PhaseSet::union)
                            .orElseThrow();
                    assertEquals(run.phases().source(), sources, where);
                    assertEquals(run.phases().destination(), destinations, where);
                    projected++;
                }
            }
        }
        assertEquals(replayable * limits.length, exact + projected);
        // most samples' clocks order the checks: the exact count must be the rule, the projection the exception
        assertTrue(exact > projected, exact + " exact, " + projected + " projected of " + replayable * limits.length);
    }

    @Test
    void sweepCellsCountWhatEachReplaySays() {
        List<Switchover> runs = samples().stream().filter(Switchover::replayable).toList();
        List<PreparedRun> prepared = new ArrayList<>();
        for (Switchover run : runs) {
            prepared.add(PreparedRun.of(run.migration().pair().toString(), run, Policies.all(), ReplayOptions.defaults()));
        }
        SweepGrid grid = new SweepGrid(new LimitRange(0, 400, 50), new LimitRange(0, 10, 5));
        SweepResult result = Sweep.run(prepared, grid, Policies.all(), 0.01);
        for (PolicySweep sweep : result.policies()) {
            Policy policy = Policies.named(sweep.policy()).orElseThrow();
            for (SweepCell cell : sweep.cells()) {
                int fired = 0;
                int mayFire = 0;
                int missed = 0;
                int mayMiss = 0;
                for (Switchover run : runs) {
                    PolicyOutcome outcome = policy.replay(run, cell.limits(), ReplayOptions.defaults()).outcome();
                    fired += outcome.fired() == Certainty.FIRES ? 1 : 0;
                    mayFire += outcome.fired() == Certainty.MAY_FIRE ? 1 : 0;
                    missed += outcome.certainly(VerdictClass.MISSED_VIOLATION) ? 1 : 0;
                    mayMiss += outcome.possibly(VerdictClass.MISSED_VIOLATION)
                            && !outcome.certainly(VerdictClass.MISSED_VIOLATION) ? 1 : 0;
                }
                String where = sweep.policy() + " " + cell.limits();
                assertEquals(runs.size(), cell.runs(), where);
                assertEquals(fired, cell.fired(), where);
                assertEquals(mayFire, cell.mayFire(), where);
                assertEquals(missed, cell.missed(), where);
                assertEquals(mayMiss, cell.mayMiss(), where);
            }
        }
        assertFalse(result.policies().isEmpty());
    }

    /** Every migration of every sample case, found as the sweep finds them, aligned automatically. */
    static List<Switchover> samples() {
        List<Switchover> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        RunSetInputs.Located located = RunSetInputs.locate(List.of(SampleMigrations.casePath("").toString()), Optional.empty());
        problems.addAll(ProblemWords.all(located.problems()));
        for (CaseInput input : located.cases()) {
            CaseReader.Read read = CaseReader.read(input, AlignmentOptions.automatic(), diagnostic -> { });
            problems.addAll(ProblemWords.all(read.problems()));
            for (CaseReader.Migration migration : read.migrations()) {
                runs.add(Switchover.of(migration.aligned()));
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
        return runs;
    }
}
