package io.downtime.runset;

import java.nio.file.Path;

/**
 * A directory the run set's search found logs in but did not read as a case, and why: named so that no log is passed
 * over in silence. {@code report.words.ProblemWords} words it.
 */
public sealed interface SkippedDirectory {

    Path directory();

    /** One log, or three and more, and no src.log or dst.log: which two are the hosts' cannot be told. */
    record NoHostLogs(Path directory, int logs) implements SkippedDirectory {
    }

    /** Two logs beside cases in directories below: more likely the directory's own odds and ends than a migration. */
    record BesideCases(Path directory) implements SkippedDirectory {
    }
}
