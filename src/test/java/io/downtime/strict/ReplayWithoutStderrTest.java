package io.downtime.strict;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.run.Role;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Less known never becomes something else known: on the four real runs of the RFC, a replay without their
 * stderr files (src.log and dst.log alone), and one of logs that carry no thread ids either (QEMU 10.1's ISO
 * form), never contradict the replay with them. A host that fires may become "may fire", never "cannot
 * fire", and the other way round; the counter phases allowed only grow. Checked at the limits each run was
 * recorded with and over a grid of others (what-ifs: the recorded values still narrow the phases).
 */
class ReplayWithoutStderrTest {
    /** Each case and the limits it was recorded with (its meta.json: downtime_limit_ms, x-switchover-limit). */
    private static final Map<String, Limits> RECORDED = Map.of(
            "strict-completed-300-10", new Limits(300, 10),
            "strict-source-fires-first-5-1", new Limits(5, 1),
            "strict-destination-fires-50-10", new Limits(50, 10),
            "strict-missed-62ms-blackout-8-2", new Limits(8, 2));

    @Test
    void lessKnownNeverContradictsMoreKnown(@TempDir Path dir) throws IOException {
        int compared = 0;
        for (Map.Entry<String, Limits> entry : RECORDED.entrySet()) {
            String name = entry.getKey();
            Switchover full = Switchover.of(aligned(SampleTraces.path(name)));
            Switchover bare = Switchover.of(aligned(logsOnly(name, dir.resolve(name), false)));
            Switchover iso = Switchover.of(aligned(logsOnly(name, dir.resolve(name + "-iso"), true)));
            for (Switchover less : List.of(bare, iso)) {
                assertTrue(contains(less.phases().source(), full.phases().source()), name + ": source phases "
                        + less.phases().source().describe() + " do not hold " + full.phases().source().describe());
                assertTrue(contains(less.phases().destination(), full.phases().destination()), name);
            }
            for (Limits limits : limits(entry.getValue())) {
                for (Policy policy : Policies.all()) {
                    PolicyVerdict known = policy.replay(full, limits, ReplayOptions.defaults());
                    for (Switchover less : List.of(bare, iso)) {
                        PolicyVerdict guessed = policy.replay(less, limits, ReplayOptions.defaults());
                        String what = name + " " + policy.name() + " at " + limits.describe();
                        assertCompatible(known.outcome().fired(), guessed.outcome().fired(), what);
                        for (Role host : Role.values()) {
                            assertCompatible(fires(known, host), fires(guessed, host), what + ", " + host.label());
                        }
                        compared++;
                    }
                }
            }
        }
        assertEquals(4 * 17 * 3 * 2, compared);
    }

    /**
     * strict-source-fires-first-5-1 without src.stderr: its migration thread cancelled right after the save of
     * e1000e (src.log:73, 74), so that check fired: reading >= 6 at 5.319 ms after the start, which holds for
     * source phases 324-642 (RecordedStrictRunsTest's derivation); with "source downtime=2" at the send
     * (11-642) the phases are those the message gave. The replay agrees with the record, the source first.
     * Without thread ids (ISO form) the cancel may have been a user's: the check is "may have fired", it
     * narrows nothing, and only the send's 11-642 remains; the source may fire there, and the record still agrees.
     */
    @Test
    void theSourcesAbortWithoutItsMessage(@TempDir Path dir) throws IOException {
        Switchover bare = Switchover.of(aligned(logsOnly("strict-source-fires-first-5-1", dir.resolve("bare"), false)));
        assertEquals(PhaseSet.of(p -> p >= 324 && p < 643), bare.phases().source());
        PolicyVerdict rfc = Policies.RFC.replay(bare, new Limits(5, 1), ReplayOptions.defaults());
        assertEquals(Certainty.FIRES, rfc.outcome().fired());
        assertEquals(Role.SOURCE, rfc.scenarios().get(0).first().orElseThrow().at().host());
        assertEquals(73, rfc.scenarios().get(0).first().get().at().where().line());
        assertTrue(rfc.recorded().orElseThrow().agrees(), rfc.recorded().toString());
        RecordedAbort.SourceCancelled cancelled = (RecordedAbort.SourceCancelled) rfc.recorded().get().recorded().get(0);
        assertEquals("save of 0000:00:03.0/e1000e 0", cancelled.check().site().label());
        assertEquals(73, cancelled.check().where().line());
        assertEquals(74, cancelled.cancelling().line());

        Switchover iso = Switchover.of(aligned(logsOnly("strict-source-fires-first-5-1", dir.resolve("iso"), true)));
        assertEquals(PhaseSet.of(p -> p >= 11 && p < 643), iso.phases().source());
        PolicyVerdict undetermined = Policies.RFC.replay(iso, new Limits(5, 1), ReplayOptions.defaults());
        assertEquals(Certainty.FIRES, undetermined.outcome().fired());
        assertEquals(Certainty.MAY_FIRE, fires(undetermined, Role.SOURCE));
        assertTrue(undetermined.recorded().orElseThrow().agrees(), undetermined.recorded().toString());
        RecordedAbort.SourceMayHaveFired may = (RecordedAbort.SourceMayHaveFired) undetermined.recorded().get().recorded().get(0);
        assertEquals("save of 0000:00:03.0/e1000e 0", may.check().site().label());
        assertEquals(73, may.check().where().line());
    }

    /** Whether a host fires in every scenario the replay found, in some, or in none. */
    private static Certainty fires(PolicyVerdict verdict, Role host) {
        int firing = 0;
        for (Scenario scenario : verdict.scenarios()) {
            boolean fires = scenario.first().filter(f -> f.at().host() == host).isPresent()
                    || scenario.then().filter(f -> f.at().host() == host).isPresent();
            firing += fires ? 1 : 0;
        }
        if (firing == 0) {
            return Certainty.CANNOT_FIRE;
        }
        return firing == verdict.scenarios().size() ? Certainty.FIRES : Certainty.MAY_FIRE;
    }

    /** What is known may become "may", nothing else. */
    private static void assertCompatible(Certainty known, Certainty lessKnown, String what) {
        assertTrue(known == lessKnown || lessKnown == Certainty.MAY_FIRE,
                what + ": " + known + " with the stderr files, " + lessKnown + " without");
    }

    /** The recorded limits, and 16 others around and beyond them. */
    private static List<Limits> limits(Limits recorded) {
        List<Limits> all = new ArrayList<>(List.of(recorded));
        for (long downtime : new long[]{3, 5, 8, 50}) {
            for (long switchover : new long[]{0, 1, 2, 10}) {
                all.add(new Limits(downtime, switchover));
            }
        }
        return all;
    }

    private static boolean contains(PhaseSet larger, PhaseSet smaller) {
        for (int phase : smaller.members()) {
            if (!larger.contains(phase)) {
                return false;
            }
        }
        return true;
    }

    private static AlignedMigration aligned(Path dir) {
        return AlignedMigration.align(SampleMigrations.found(List.of(dir.toString())).migrations().get(0),
                AlignmentOptions.automatic());
    }

    /** The case's two logs alone; {@code iso}: rewritten in QEMU 10.1's form, which carries no thread id. */
    private static Path logsOnly(String name, Path dir, boolean iso) throws IOException {
        Files.createDirectories(dir);
        for (String log : List.of("src.log", "dst.log")) {
            String text = TraceForms.readString(SampleTraces.path(name + "/" + log));
            Files.write(dir.resolve(log), (iso ? TraceForms.toIso(text) : text).getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }
}
