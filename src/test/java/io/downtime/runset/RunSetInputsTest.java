package io.downtime.runset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.downtime.report.words.ProblemWords;
import io.downtime.run.InputProblem;
import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding the cases of a run set: nested directories, .gz, explicit pairs, single logs, labels. */
class RunSetInputsTest {

    private static void copy(String sample, Path to, boolean gzip) throws Exception {
        for (String log : List.of("src.log", "dst.log")) {
            byte[] bytes = Files.readAllBytes(SampleTraces.path(sample + "/" + log));
            TraceForms.write(to.resolve(gzip ? log + ".gz" : log), gzip ? TraceForms.gzip(bytes) : bytes);
        }
    }

    @Test
    void nestedDirectoriesAtAnyDepthInPathOrder(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("fw-a");
        copy("precopy-q35-small", root.resolve("rack-2/host-b/run-1"), false);
        copy("dst-stalled-400ms", root.resolve("rack-1/run-1"), true);
        copy("precopy-multifd-4ch", root.resolve("rack-1/run-2"), false);
        RunSetInputs.Located located = RunSetInputs.locate(List.of(root.toString()), Optional.empty());
        assertEquals(List.of(), located.problems());
        assertEquals(List.of("fw-a/rack-1/run-1", "fw-a/rack-1/run-2", "fw-a/rack-2/host-b/run-1"),
                located.cases().stream().map(CaseInput::name).toList());
        assertTrue(located.cases().stream().allMatch(c -> c.label().equals("fw-a")), located.cases().toString());
    }

    @Test
    void gzippedPairsAreReadLikePlainOnes(@TempDir Path dir) throws Exception {
        copy("dst-stalled-400ms", dir.resolve("set/gz"), true);
        copy("dst-stalled-400ms", dir.resolve("set/plain"), false);
        RunSet set = RunSetLoader.load(List.of(dir.resolve("set").toString()), RunSetOptions.defaults(), d -> {
            throw new AssertionError(d.toString());
        });
        assertEquals(2, set.runs().size());
        // the same logs, so the same figures: the blackout's lower bound 405.351 ms (BlackoutTest derives it)
        assertEquals(set.runs().get(0).figures().blackout(), set.runs().get(1).figures().blackout());
        assertEquals(405_351, set.runs().get(0).figures().blackout().get().bounds().low().getAsLong());
    }

    @Test
    void theGivenDirectoryCanBeTheCase() {
        RunSetInputs.Located located = RunSetInputs.locate(List.of(SampleTraces.path("precopy-q35-small").toString()),
                Optional.empty());
        assertEquals(1, located.cases().size());
        assertEquals("precopy-q35-small", located.cases().get(0).name());
        assertEquals("precopy-q35-small", located.cases().get(0).label());
    }

    @Test
    void explicitPairAndLabel() {
        String src = SampleTraces.path("libvirt-one-migration/src-host-guest-a.log").toString();
        String dst = SampleTraces.path("libvirt-one-migration/dst-host-guest-a.log").toString();
        RunSet set = RunSetLoader.load(List.of(dst + "," + src),
                new RunSetOptions(Optional.of("libvirt"), io.downtime.clock.AlignmentOptions.automatic()), d -> { });
        assertEquals(List.of(), set.problems());
        assertEquals(1, set.runs().size());
        RunRef ref = set.runs().get(0).ref();
        assertEquals("libvirt", ref.label());
        assertEquals(dst + "," + src, ref.caseName());
        // roles come from the events, whatever the order of the pair
        assertTrue(set.runs().get(0).analysis().migration().pair().source().get().id().input().endsWith("src-host-guest-a.log"));
    }

    @Test
    void directoriesOfTwoOtherLogsAreCases() {
        RunSetInputs.Located located = RunSetInputs.locate(List.of(SampleTraces.root().toString()), Optional.empty());
        // 19 cases with src.log and dst.log (one also with dst-2.log: still one case), and libvirt-one-migration,
        // whose two domain logs are a case too
        assertEquals(20, located.cases().size());
        assertTrue(located.cases().stream().anyMatch(c -> c.name().equals("sample-traces/libvirt-one-migration")),
                located.cases().toString());
        assertEquals(List.of(), located.skipped());
    }

    /**
     * Two logs in a directory that has cases below it (here the libvirt pair beside a src.log/dst.log
     * case directory) are taken for the directory's own files, not a migration: named, not read.
     */
    @Test
    void twoLogsBesideCasesBelowAreNamedNotRead(@TempDir Path dir) throws Exception {
        Path libvirt = SampleTraces.path("libvirt-one-migration");
        Path runs = Files.createDirectories(dir.resolve("runs"));
        for (String name : List.of("src-host-guest-a.log", "dst-host-guest-a.log")) {
            Files.copy(libvirt.resolve(name), runs.resolve(name));
        }
        copy("precopy-q35-small", runs.resolve("pair"), false);
        RunSetInputs.Located located = RunSetInputs.locate(List.of(runs.toString()), Optional.empty());
        assertEquals(List.of("runs/pair"), located.cases().stream().map(CaseInput::name).toList());
        assertEquals(List.of(new SkippedDirectory.BesideCases(runs)), located.skipped());
        assertEquals(runs + ": holds 2 logs beside cases in directories below it, so they were not read;"
                + " give them as SRC,DST if they are one migration's", ProblemWords.skipped(located.skipped().get(0)));
        // read as a run set, the directory is a note of the set (no problem: nothing unreadable), worded the same
        RunSet set = RunSetLoader.load(List.of(runs.toString()), RunSetOptions.defaults(), d -> { });
        assertEquals(List.of(new CaseNote.Skipped(new SkippedDirectory.BesideCases(runs))), set.notes());
        assertEquals(List.of(), set.problems());
        assertEquals(List.of(ProblemWords.skipped(located.skipped().get(0))), ProblemWords.notes(set.notes()));
        // the same two logs in a directory of their own are a case
        Path alone = Files.createDirectories(dir.resolve("alone/run-1"));
        for (String name : List.of("src-host-guest-a.log", "dst-host-guest-a.log")) {
            Files.copy(libvirt.resolve(name), alone.resolve(name));
        }
        assertEquals(List.of("alone/run-1"), RunSetInputs.locate(List.of(dir.resolve("alone").toString()), Optional.empty())
                .cases().stream().map(CaseInput::name).toList());
    }

    /** One log, or three, in a directory without src.log and dst.log: not the two hosts' logs; named, not read. */
    @Test
    void directoriesOfOneOrThreeOtherLogsAreNamedNotRead(@TempDir Path dir) throws Exception {
        Path libvirt = SampleTraces.path("libvirt-one-migration");
        Path one = Files.createDirectories(dir.resolve("runs/one"));
        Files.copy(libvirt.resolve("src-host-guest-a.log"), one.resolve("src-host-guest-a.log"));
        Path three = Files.createDirectories(dir.resolve("runs/three"));
        for (String name : List.of("src-host-guest-a.log", "dst-host-guest-a.log")) {
            Files.copy(libvirt.resolve(name), three.resolve(name));
        }
        Files.copy(libvirt.resolve("dst-host-guest-a.log"), three.resolve("third.log"));
        copy("precopy-q35-small", dir.resolve("runs/pair"), false);
        RunSetInputs.Located located = RunSetInputs.locate(List.of(dir.resolve("runs").toString()), Optional.empty());
        assertEquals(List.of("runs/pair"), located.cases().stream().map(CaseInput::name).toList());
        // one: src-host-guest-a.log alone; three: the libvirt pair and third.log (in path order: one before three)
        assertEquals(List.of(new SkippedDirectory.NoHostLogs(one, 1), new SkippedDirectory.NoHostLogs(three, 3)),
                located.skipped());
        assertEquals(List.of(
                one + ": holds 1 log but no src.log or dst.log, so it was not read; give the two hosts' logs as SRC,DST",
                three + ": holds 3 logs but no src.log or dst.log, so it was not read; give the two hosts' logs as SRC,DST"),
                located.skipped().stream().map(ProblemWords::skipped).toList());
    }

    /**
     * {@code analyzer runs} names a skipped directory in its text (a {@code note:} line after the rows) and in its JSON
     * ({@code notes}), in the same words: the one sample's log alone in {@code runs/one}, beside the case {@code runs/pair}.
     */
    @Test
    void runsSaysTheSkippedDirectoryInEveryFormat(@TempDir Path dir) throws Exception {
        Path one = Files.createDirectories(dir.resolve("runs/one"));
        Files.copy(SampleTraces.path("libvirt-one-migration/src-host-guest-a.log"), one.resolve("src-host-guest-a.log"));
        copy("precopy-q35-small", dir.resolve("runs/pair"), false);
        String sentence = one + ": holds 1 log but no src.log or dst.log, so it was not read; give the two hosts' logs"
                + " as SRC,DST";
        CliRun text = CliRun.of("runs", dir.resolve("runs").toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("\nnote: " + sentence + "\n"), text.out());
        CliRun json = CliRun.of("runs", "--format", "json", dir.resolve("runs").toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode notes = new ObjectMapper().readTree(json.out()).get("notes");
        assertEquals(1, notes.size(), notes.toString());
        assertEquals(sentence, notes.get(0).asText());
    }

    /** The same relative directory under two given paths, and one path given twice: names stay unique. */
    @Test
    void caseNamesAreUnique(@TempDir Path dir) throws Exception {
        copy("precopy-q35-small", dir.resolve("x/fw/run-1"), false);
        copy("precopy-q35-small", dir.resolve("y/fw/run-1"), false);
        String x = dir.resolve("x/fw").toString();
        String y = dir.resolve("y/fw").toString();
        RunSetInputs.Located located = RunSetInputs.locate(List.of(x, y, y), Optional.empty());
        assertEquals(List.of(x + "/run-1", y + "/run-1", y + "/run-1 (2)"),
                located.cases().stream().map(CaseInput::name).toList());
    }

    @Test
    void problemsNameThePath(@TempDir Path dir) {
        String missing = dir.resolve("nothing-here").toString();
        String a = dir.resolve("a.log").toString();
        String b = dir.resolve("b.log").toString();
        String badPair = a + "," + b;
        RunSetInputs.Located located = RunSetInputs.locate(List.of(missing, badPair), Optional.empty());
        assertEquals(List.of(new CaseProblem.Input(new InputProblem.Missing(missing)),
                new CaseProblem.SetPath(new PathProblem.PairPartMissing(badPair, a)),
                new CaseProblem.SetPath(new PathProblem.PairPartMissing(badPair, b))), located.problems());
        assertEquals(List.of(missing + ": no such file or directory", badPair + ": " + a + ": no such file",
                badPair + ": " + b + ": no such file"), ProblemWords.all(located.problems()));
    }

    /**
     * An explicit pair of three logs, one whose second half is a directory, and a directory whose link leads back to
     * it; the real src.log of dst-stalled-400ms stands for a log. Read as a run set, each is a problem of the set.
     */
    @Test
    void badPairsAndALoopOfLinks(@TempDir Path dir) throws Exception {
        Path log = Files.copy(SampleTraces.path("dst-stalled-400ms/src.log"), dir.resolve("src.log"));
        String three = log + "," + log + "," + log;
        String withDirectory = log + "," + dir;
        Path looped = Files.createDirectories(dir.resolve("looped/run"));
        Files.createSymbolicLink(looped.resolve("back"), dir.resolve("looped"));
        RunSetInputs.Located located = RunSetInputs.locate(List.of(three, withDirectory, dir.resolve("looped").toString()),
                Optional.empty());
        Path back = looped.resolve("back");
        assertEquals(List.of(new CaseProblem.SetPath(new PathProblem.NotAPair(three)),
                new CaseProblem.SetPath(new PathProblem.PairPartDirectory(withDirectory, dir.toString())),
                new CaseProblem.SetPath(new PathProblem.LinkLoop(back.toString()))), located.problems());
        assertEquals(List.of(three + ": an explicit pair is two logs joined by one comma (SRC,DST)",
                withDirectory + ": " + dir + ": is a directory; an explicit pair is two logs",
                back + ": cannot be searched: a loop of symbolic links"), ProblemWords.all(located.problems()));
        RunSet set = RunSetLoader.load(List.of(three, withDirectory), RunSetOptions.defaults(), d -> { });
        assertEquals(located.problems().subList(0, 2), set.problems());
    }

    /** What root (the tests' user) cannot meet, every directory and file being readable to it: worded as made. */
    @Test
    void unreadablePathsAreWorded() {
        assertEquals("runs/a: cannot be searched: permission denied",
                ProblemWords.path(new PathProblem.SearchDenied("runs/a")));
        assertEquals("runs/a: cannot be searched: Input/output error",
                ProblemWords.path(new PathProblem.CannotSearch("runs/a", "Input/output error")));
        assertEquals("a.log,b.log: b.log: not readable (permission denied)",
                ProblemWords.path(new PathProblem.PairPartNotReadable("a.log,b.log", "b.log")));
        assertEquals("a.log: not readable (permission denied)",
                ProblemWords.problem(new CaseProblem.Input(new InputProblem.NotReadable("a.log"))));
    }

    @Test
    void aDirectoryWithoutMigrationIsAProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("src.log"), "not a trace line\n");
        RunSet set = RunSetLoader.load(List.of(dir.toString()), RunSetOptions.defaults(), d -> { });
        assertEquals(0, set.runs().size());
        assertEquals(List.of(dir.getFileName() + ": no migration found"), ProblemWords.all(set.problems()));
        assertTrue(!set.clean());
    }
}
