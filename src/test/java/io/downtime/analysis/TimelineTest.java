package io.downtime.analysis;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.run.Role;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {

    /**
     * dst-stalled-400ms, offset < +1907 µs, estimate +1907: destination events sit at
     * {@code t_dst - 1907}, their earliest possible time. 9 source entries (4 states, 5 checkpoints) and
     * 7 destination entries (3 states, 4 checkpoints). The destination's setup (dst.log:1,
     * 1795654069.564939 -> 1795654069.563032) comes first; its active (dst.log:2, 1795654070.567778 ->
     * 1795654070.565871) ties with the source's setup (src.log:1, 1795654070.565871): source first.
     */
    @Test
    void bothHostsMergedOnTheSourceClock() {
        Timeline timeline = Analyses.of("dst-stalled-400ms").timeline();
        assertEquals(16, timeline.entries().size());
        assertEquals(Optional.of("src-downtime-start"), timeline.reference());
        List<String> firstThree = timeline.entries().subList(0, 3).stream()
                .map(e -> e.host().abbreviation() + " " + e.name()).toList();
        assertEquals(List.of("dst setup", "src setup", "dst active"), firstThree);
        TimelineEntry started = timeline.entries().stream().filter(e -> e.name().equals("dst-precopy-bh-vm-started"))
                .findFirst().orElseThrow();
        // 1795654071.004555 - 1907 µs - 1795654070.597297 (src-downtime-start) = 405351 µs, at least.
        assertEquals(new Estimate(Interval.atLeast(405_351), OptionalLong.of(405_351)), started.sinceStart().orElseThrow());
        // Previous entry: dst-precopy-bh-announced, dst.log:38, 1795654071.004139: same host, exact 416 µs.
        assertEquals(Estimate.exactly(416), started.step().orElseThrow());
    }

    /**
     * The first destination checkpoint after the source's last entry (src.log:52 completed,
     * 1795654070.601410) is dst-precopy-loadvm-completed (dst.log:36, 1795654071.004102): the step
     * crosses hosts, 1795654071.004102 - 1907 - 1795654070.601410 = 400785 µs at least.
     */
    @Test
    void crossHostStepsCarryTheOffsetsUncertainty() {
        Timeline timeline = Analyses.of("dst-stalled-400ms").timeline();
        TimelineEntry loaded = timeline.entries().stream().filter(e -> e.name().equals("dst-precopy-loadvm-completed"))
                .findFirst().orElseThrow();
        int index = timeline.entries().indexOf(loaded);
        assertEquals("completed", timeline.entries().get(index - 1).name());
        assertEquals(Role.SOURCE, timeline.entries().get(index - 1).host());
        assertEquals(Interval.atLeast(400_785), loaded.step().orElseThrow().bounds());
    }

    /**
     * A checkpoint name this tool does not know is kept and shown: dst-stalled-400ms/dst.log with line 38's
     * {@code dst-precopy-bh-announced} renamed {@code dst-precopy-bh-vfio-resumed} (as a newer QEMU might
     * add): it is a timeline entry and a phase milestone at the same place.
     */
    @Test
    void unknownCheckpointNamesAreKept(@TempDir Path dir) throws IOException {
        Files.copy(SampleTraces.path("dst-stalled-400ms/src.log"), dir.resolve("src.log"));
        Files.writeString(dir.resolve("dst.log"), TraceForms.readString(SampleTraces.path("dst-stalled-400ms/dst.log"))
                .replace("dst-precopy-bh-announced", "dst-precopy-bh-vfio-resumed"));
        MigrationAnalysis analysis = MigrationAnalysis.of(AlignedMigration.align(
                SampleMigrations.found(List.of(dir.toString())).migrations().get(0), AlignmentOptions.automatic()));
        TimelineEntry renamed = analysis.timeline().entries().stream()
                .filter(e -> e.name().equals("dst-precopy-bh-vfio-resumed")).findFirst().orElseThrow();
        assertEquals(38, renamed.where().line());
        assertTrue(analysis.phases().phases().stream().anyMatch(p -> p.to() == renamed));
    }

    @Test
    void withoutTimestampsNoTimelineAndWhy() {
        Timeline timeline = Analyses.of("precopy-no-timestamps").timeline();
        assertFalse(timeline.available());
        assertEquals(16, timeline.unplaced().size());
        assertEquals(Optional.of(new TimelineNote.Untimed(Role.SOURCE)), timeline.note());
    }

    /** Two-sided alignment (precopy-return-path, offset in [-1759, +871]): a destination time is an interval. */
    @Test
    void twoSidedPlacement() {
        TimelineEntry started = Analyses.of("precopy-return-path").timeline().entries().stream()
                .filter(e -> e.name().equals("dst-precopy-bh-vm-started")).findFirst().orElseThrow();
        // 1795654227.838732 - offset - 1795654227.732462 = 106270 - offset, offset in [-1759, 871], estimate -444.
        assertEquals(new Estimate(Interval.between(105_399, 108_029), OptionalLong.of(106_714)),
                started.sinceStart().orElseThrow());
        assertTrue(started.onSourceClock().isPresent());
    }
}
