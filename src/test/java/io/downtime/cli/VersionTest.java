package io.downtime.cli;

import io.downtime.testing.CliRun;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --version}: the version and the commit the build stamped (pom.xml, execution stamp-commit). */
class VersionTest {

    /**
     * This build ran in the project's checkout (the tests' build is the one that filtered version.properties):
     * the commit is git's HEAD there, or unknown when the sources are not a git checkout of their own.
     */
    @Test
    void theCommitIsTheCheckoutsHead() throws Exception {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        String commitLine = run.out().lines().toList().get(1);
        Path project = SampleTraces.root().getParent();
        String head = git(project, "rev-parse", "--verify", "HEAD");
        String top = git(project, "rev-parse", "--show-toplevel");
        if (head.isEmpty() || !Path.of(top).toRealPath().equals(project.toRealPath())) {
            assertEquals("commit unknown (built outside a git checkout, or without git)", commitLine);
        } else {
            assertTrue(commitLine.equals("commit " + head) || commitLine.equals("commit " + head + " with uncommitted changes"),
                    commitLine + " but HEAD is " + head);
        }
    }

    /**
     * The version the outputs name: the jar's manifest gives it in a run of the jar (the golden outputs, which
     * name their generator, check that one); here, the classes not in a jar, version.properties does.
     */
    @Test
    void theOutputsVersionIsTheBuilds() {
        assertEquals(VersionProvider.build().version(), VersionProvider.version());
        assertFalse(VersionProvider.version().equals(VersionProvider.Build.UNKNOWN));
    }

    /** What a build outside git, or one that skipped the stamping (Maven left the placeholders), says. */
    @Test
    void anUnstampedBuildSaysTheCommitIsUnknown() {
        Properties unfiltered = new Properties();
        unfiltered.setProperty("version", "0.1.0");
        unfiltered.setProperty("commit", "${build.commit}");
        unfiltered.setProperty("modified", "${build.commit.modified}");
        VersionProvider.Build build = VersionProvider.Build.of(unfiltered);
        assertEquals("unknown", build.commit());
        assertFalse(build.modified());
        assertEquals("commit unknown (built outside a git checkout, or without git)", build.commitLine());

        Properties outsideGit = new Properties();
        outsideGit.setProperty("version", "0.1.0");
        outsideGit.setProperty("commit", "unknown");
        outsideGit.setProperty("modified", "false");
        assertEquals("commit unknown (built outside a git checkout, or without git)",
                VersionProvider.Build.of(outsideGit).commitLine());

        Properties stamped = new Properties();
        stamped.setProperty("version", "0.1.0");
        stamped.setProperty("commit", "595a56fe8346c788b4be0f4f0799390fce532833");
        stamped.setProperty("modified", "true");
        assertEquals("commit 595a56fe8346c788b4be0f4f0799390fce532833 with uncommitted changes",
                VersionProvider.Build.of(stamped).commitLine());
        assertEquals("unknown", VersionProvider.Build.of(new Properties()).version());
    }

    /** git's answer, empty when git is missing or fails (not a checkout). */
    private static String git(Path dir, String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Path out = Files.createTempFile("git", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            return process.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8).strip() : "";
        } catch (java.io.IOException e) {
            return "";
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
