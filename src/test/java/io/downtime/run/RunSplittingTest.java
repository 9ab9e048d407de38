package io.downtime.run;

import io.downtime.model.QemuMessage;
import io.downtime.model.TraceEvent;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunSplittingTest {

    /**
     * Each real sample log holds one run: every line is one understood event (see
     * SampleTraceReadingTest), so a run's event count is the file's line count ({@code wc -l}).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dst-stalled-400ms, 52, 40",
            "dst-killed-at-switchover, 6, 2",
            "postcopy-random-ram, 52, 43",
            "precopy-no-timestamps, 52, 40",
            "strict-source-fires-first-5-1, 75, 60",
    })
    void oneRunPerSampleLog(String name, int sourceEvents, int destinationEvents) {
        FoundMigrations found = SampleMigrations.found(name);
        assertEquals(2, found.runs().size());
        assertEquals(sourceEvents, found.runs().get(0).events().size());
        assertEquals(destinationEvents, found.runs().get(1).events().size());
    }

    /**
     * dst-killed-at-switchover/src.log (6 lines, ends with {@code migrate_set_state new state failed})
     * followed by dst-stalled-400ms/src.log (52 lines, starts with {@code new state setup}): a retry
     * in the same log. Two runs: lines 1-6 and 7-58.
     */
    @Test
    void retryAfterFailureStartsANewRun(@TempDir Path dir) {
        Path log = DerivedLogs.write(dir, "src.log",
                DerivedLogs.concatenated("dst-killed-at-switchover/src.log", "dst-stalled-400ms/src.log"));
        FoundMigrations found = SampleMigrations.found(List.of(log.toString()));
        assertEquals(2, found.runs().size());
        Run failed = found.runs().get(0);
        Run completed = found.runs().get(1);
        assertEquals(new RunId(log.toString(), 1), failed.id());
        assertEquals(6, failed.events().size());
        assertEquals(RunStatus.FAILED, failed.status());
        assertEquals(7, completed.events().get(0).header().where().line());
        assertEquals(52, completed.events().size());
        assertEquals(RunStatus.COMPLETED, completed.status());
    }

    /**
     * One QEMU process that received a guest (dst-stalled-400ms/dst.log, 40 lines) and later sent it
     * away (precopy-q35-small/src.log, 52 lines): a destination run, then a source run.
     */
    @Test
    void incomingThenOutgoingInOneLog(@TempDir Path dir) {
        Path log = DerivedLogs.write(dir, "guest.log",
                DerivedLogs.concatenated("dst-stalled-400ms/dst.log", "precopy-q35-small/src.log"));
        List<Run> runs = SampleMigrations.found(List.of(log.toString())).runs();
        assertEquals(2, runs.size());
        assertEquals(40, runs.get(0).events().size());
        assertTrue(runs.get(0).is(Role.DESTINATION));
        assertEquals(52, runs.get(1).events().size());
        assertTrue(runs.get(1).is(Role.SOURCE));
    }

    /**
     * A SystemTap session recording both QEMU processes at once: dst-stalled-400ms's two logs
     * converted to {@code PID@NANOSECONDS} (pids 100 and 200) and merged by time into one file.
     * The pids separate the runs; they pair although they share one input.
     */
    @Test
    void systemTapProcessesAreSeparated(@TempDir Path dir) {
        List<String[]> lines = DerivedLogs.systemTap(DerivedLogs.sample("dst-stalled-400ms/src.log"), 100);
        lines.addAll(DerivedLogs.systemTap(DerivedLogs.sample("dst-stalled-400ms/dst.log"), 200));
        lines.sort(Comparator.comparing((String[] line) -> line[0]));
        String text = lines.stream().map(line -> line[1] + "\n").collect(Collectors.joining());
        Path log = DerivedLogs.write(dir, "both.trace", text);
        FoundMigrations found = SampleMigrations.found(List.of(log.toString()));
        assertEquals(2, found.runs().size());
        // The destination's first line (setup at ...069.564939) comes before the source's (...070.565871).
        assertTrue(found.runs().get(0).is(Role.DESTINATION));
        assertEquals(40, found.runs().get(0).events().size());
        assertEquals(52, found.runs().get(1).events().size());
        assertEquals(1, found.migrations().size());
        assertTrue(found.migrations().get(0).complete());
    }

    /**
     * The libvirt source log (sample-traces/libvirt-one-migration/src-host-guest-a.log) holds a failed
     * start and the real lifetime: its QEMU messages are line 50 (the failed start's MSR error), line 51
     * (its assertion, unstamped) and line 175 ({@code terminating on signal 15}); none opens a run, so
     * the one run (from line 103, {@code new state setup}) holds all three.
     */
    @Test
    void messagesNeverOpenARun() {
        FoundMigrations found = SampleMigrations.found(
                List.of(SampleMigrations.path("libvirt-one-migration/src-host-guest-a.log")));
        assertEquals(1, found.runs().size());
        List<TraceEvent> messages = found.runs().get(0).events().stream().filter(Run::isMessage).toList();
        assertEquals(List.of(50L, 51L, 175L), messages.stream().map(e -> e.header().where().line()).toList());
        assertEquals("terminating on signal 15 from pid 30490 (libvirtd)", ((QemuMessage) messages.get(2)).text());
    }

    private static void assertTrue(boolean condition) {
        org.junit.jupiter.api.Assertions.assertTrue(condition);
    }
}
