package io.downtime.report.words;

import io.downtime.model.LineRef;
import io.downtime.run.FoundMigrations;
import io.downtime.run.InputWarning;
import io.downtime.run.Role;
import io.downtime.run.Run;
import io.downtime.run.RunChecks;
import io.downtime.run.RunId;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The logs' warnings on dst-stalled-400ms's two logs, each changed in one way by the test (the change is said above
 * each test); the values are those of the lines quoted there.
 */
class InputWarningWordsTest {
    private static final String SRC = "dst-stalled-400ms/src.log";
    private static final String DST = "dst-stalled-400ms/dst.log";

    @TempDir
    Path dir;

    private static List<String> lines(String sample) {
        return new ArrayList<>(TraceForms.readString(SampleTraces.path(sample)).lines().toList());
    }

    private String write(String name, List<String> lines, boolean lastLineEnd) {
        String text = String.join("\n", lines) + (lastLineEnd ? "\n" : "");
        return TraceForms.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static List<InputWarning> checks(String log) {
        Run run = SampleMigrations.found(List.of(log)).runs().get(0);
        return RunChecks.of(run);
    }

    private static <T extends InputWarning> T only(List<InputWarning> warnings, Class<T> kind) {
        List<T> found = warnings.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertEquals(1, found.size(), warnings.toString());
        return found.get(0);
    }

    /** dst.log without its last line end: its line 40, {@code ... new state completed}, may be cut short. */
    @Test
    void aLastLineWithoutItsEnd() {
        String dst = write("dst.log", lines(DST), false);
        InputWarning cut = only(SampleMigrations.found(List.of(dst)).warnings(), InputWarning.CutLastLine.class);
        assertEquals(new InputWarning.CutLastLine(new LineRef(dst, 40)), cut);
        assertEquals("the log's last line has no line end, which QEMU always writes: the file was cut while being written"
                + " (a full disk, a copy taken mid-write), and this line's values may be cut short",
                InputWarningWords.warning(cut));
    }

    /**
     * src.log then dst.log in one file: dst.log's line 1 is line 53, {@code 5994@1795654069.564939 ... new state
     * setup}, which begins run 2; line 52 is src.log's last, 1795654070.601410: back 070.601410 − 069.564939 =
     * 1.036471 s.
     */
    @Test
    void twoHostsLogsJoined() {
        List<String> both = lines(SRC);
        both.addAll(lines(DST));
        String log = write("both.log", both, true);
        InputWarning joined = only(SampleMigrations.found(List.of(log)).warnings(), InputWarning.JoinedLogs.class);
        assertEquals(new InputWarning.JoinedLogs(new LineRef(log, 53), 1_036_471, 52, new RunId(log, 2)), joined);
        assertEquals("the clock goes back 1.036471 s from line 52 where " + log + " run 2 begins: are two hosts' logs"
                + " joined in one file? Runs of one log are never paired with each other; give each host's log on its"
                + " own", InputWarningWords.warning(joined));
    }

    /** dst.log given twice, the second a copy: the copy's run 1 (its line 1) repeats the first. */
    @Test
    void theSameLinesTwice() {
        String dst = SampleMigrations.path(DST);
        String copy = write("dst.log", lines(DST), true);
        InputWarning repeated = only(SampleMigrations.found(List.of(dst, copy)).warnings(),
                InputWarning.RepeatedRun.class);
        assertEquals(new InputWarning.RepeatedRun(new LineRef(copy, 1), new RunId(copy, 1), new RunId(dst, 1)), repeated);
        assertEquals(copy + " run 1 repeats " + dst + " run 1 event for event (the same lines twice): it is reported as"
                + " a migration of its own, but it is the same one", InputWarningWords.warning(repeated));
    }

    /**
     * src.log then dst.log without its {@code new state setup} (dst.log:1): one run. Source lines: 43 saves + 5
     * checkpoints + 1 device state = 49; destination lines: 33 loads + 4 checkpoints = 37. The first destination
     * clue is the most numerous, the loads, from dst.log:3, here line 52 + 2 = 54.
     */
    @Test
    void twoProcessesMixed() {
        List<String> mixed = lines(SRC);
        mixed.addAll(lines(DST).subList(1, 40));
        String log = write("mixed.log", mixed, true);
        InputWarning.MixedRoles warning = only(checks(log), InputWarning.MixedRoles.class);
        assertEquals(new InputWarning.MixedRoles(new LineRef(log, 54), new RunId(log, 1), 49, 37, Role.SOURCE), warning);
        assertEquals(log + " run 1 holds both source and destination events (49 lines point to the source, 37 to the"
                + " destination): the lines of two QEMU processes seem mixed in one log; its figures mix both hosts."
                + " Give each host's log on its own", InputWarningWords.warning(warning));
    }

    /**
     * src.log's lines 3 and 4 swapped: src-vm-stopped (.598379) now line 3, src-downtime-start (.597297) line 4: the
     * source's clock goes back 1.082 ms at line 4, where src-downtime-start comes after src-vm-stopped.
     */
    @Test
    void linesOutOfOrder() {
        List<String> src = lines(SRC);
        src.set(2, lines(SRC).get(3));
        src.set(3, lines(SRC).get(2));
        String log = write("src.log", src, true);
        List<InputWarning> warnings = checks(log);
        InputWarning back = only(warnings, InputWarning.ClockBack.class);
        assertEquals(new InputWarning.ClockBack(new LineRef(log, 4), Optional.of(Role.SOURCE), 1_082, 3), back);
        assertEquals("the source's clock goes back 1.082 ms from line 3: a clock step, or lines out of order; durations"
                + " that span this line are off by as much", InputWarningWords.warning(back));
        InputWarning order = only(warnings, InputWarning.CheckpointOutOfOrder.class);
        assertEquals(new InputWarning.CheckpointOutOfOrder(new LineRef(log, 4), "src-downtime-start", "src-vm-stopped", 3),
                order);
        assertEquals("src-downtime-start comes after src-vm-stopped (line 3), which QEMU emits after it: the log's lines"
                + " are out of order; phases between them may be negative", InputWarningWords.warning(order));
    }

    /** src.log's line 3, src-downtime-start, again after line 51: the copy is line 52. */
    @Test
    void aCheckpointAgain() {
        List<String> src = lines(SRC);
        src.add(51, src.get(2));
        String log = write("src.log", src, true);
        InputWarning again = only(checks(log), InputWarning.CheckpointAgain.class);
        assertEquals(new InputWarning.CheckpointAgain(new LineRef(log, 52), "src-downtime-start", 3), again);
        assertEquals("src-downtime-start again (first at line 3): the figures use the first",
                InputWarningWords.warning(again));
    }

    /**
     * src.log's line 4 two days later: 1795654070.598379 + 172800 s = 1795826870.598379, ahead of line 3
     * (1795654070.597297) by 172800.001082 s.
     */
    @Test
    void aClockJump() {
        List<String> src = lines(SRC);
        src.set(3, src.get(3).replace("1795654070.598379", "1795826870.598379"));
        String log = write("src.log", src, true);
        InputWarning jump = only(checks(log), InputWarning.ClockJump.class);
        assertEquals(new InputWarning.ClockJump(new LineRef(log, 4), Optional.of(Role.SOURCE), 172_800_001_082L, 3), jump);
        assertEquals("the source's clock jumps forward 172800.001082 s from line 3, more than a day between two lines of"
                + " one migration: a clock step, or lines out of order; durations that span this line are as long only"
                + " if the migration really paused that long", InputWarningWords.warning(jump));
    }

    /**
     * src.log's first six saves that took time made negative: lines 6 (ram, 485), 8 (timer, 11), 9 (slirp, 15),
     * 11 (dirty-bitmap, 1), 12 (cpu_common, 4), 13 (cpu, 101): five listed, the sixth counted.
     */
    @Test
    void impossibleDeviceTimes() {
        List<String> src = lines(SRC);
        for (int line : new int[]{6, 8, 9, 11, 12, 13}) {
            src.set(line - 1, src.get(line - 1).replace("downtime=", "downtime=-"));
        }
        String log = write("src.log", src, true);
        List<InputWarning> warnings = checks(log);
        List<InputWarning> devices = warnings.stream().filter(InputWarning.ImpossibleDeviceTime.class::isInstance).toList();
        assertEquals(5, devices.size(), warnings.toString());
        assertEquals(new InputWarning.ImpossibleDeviceTime(new LineRef(log, 9), "slirp", 0, -15), devices.get(2));
        assertEquals("slirp instance 0: downtime=-15 µs is negative, which QEMU cannot have measured; this device's"
                + " figures and the sums holding it are wrong", InputWarningWords.warning(devices.get(2)));
        InputWarning more = only(warnings, InputWarning.More.class);
        assertEquals(new InputWarning.More(new LineRef(log, 1), new RunId(log, 1),
                InputWarning.Kind.IMPOSSIBLE_DEVICE_TIMES, Optional.empty(), 1, 5), more);
        assertEquals("1 more impossible device times in " + log + " run 1 (only the first 5 are listed)",
                InputWarningWords.warning(more));
    }

    /** Every kind of counted warning named, and a clock's by its host when the role is known. */
    @Test
    void theCountedKinds() {
        LineRef first = new LineRef("src.log", 1);
        RunId run = new RunId("src.log", 1);
        assertEquals("7 more steps back of the source's clock in src.log run 1 (only the first 5 are listed)",
                InputWarningWords.warning(new InputWarning.More(first, run, InputWarning.Kind.CLOCK_STEPS_BACK,
                        Optional.of(Role.SOURCE), 7, 5)));
        assertEquals("2 more jumps forward of the clock in src.log run 1 (only the first 5 are listed)",
                InputWarningWords.warning(new InputWarning.More(first, run, InputWarning.Kind.CLOCK_JUMPS,
                        Optional.empty(), 2, 5)));
        for (InputWarning.Kind kind : InputWarning.Kind.values()) {
            assertTrue(InputWarningWords.warning(new InputWarning.More(first, run, kind, Optional.empty(), 1, 5))
                    .startsWith("1 more "), kind.name());
        }
    }
}
