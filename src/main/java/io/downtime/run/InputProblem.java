package io.downtime.run;

import io.downtime.trace.FileKind;

/**
 * Why a path given or found for a migration's logs cannot be used, or a log was used only in part; each record names
 * the path as it was given or found ({@code input}: the argument as typed, a found path as {@code FileNames} shows it,
 * a fleet's URI). {@code report.words.InputProblemWords} words it.
 */
public sealed interface InputProblem {

    /** The argument cannot be turned into a path in this locale's character set. */
    record Unnamable(String input) implements InputProblem {
    }

    /** Nothing of that name. */
    record Missing(String input) implements InputProblem {
    }

    /** There, but this user may not read it. */
    record NotReadable(String input) implements InputProblem {
    }

    /** More {@code --stderr} files than logs: the n-th belongs to the n-th log, so the extra ones belong to none. */
    record StderrBeyondLogs(int given, int logs) implements InputProblem {
    }

    /** A {@code --stderr} file that is not a readable file (missing, unreadable, a directory). */
    record StderrNotReadable(String input) implements InputProblem {
    }

    /** A directory whose files cannot be listed; {@code reason} is the file system's message, as it gave it. */
    record CannotList(String input, String reason) implements InputProblem {
    }

    /** A directory without src.log or dst.log, holding no log or more than two ({@code logs}): which to read is not known. */
    record NotOneOrTwoLogs(String input, int logs) implements InputProblem {
    }

    /** Something under a case log's name (src.log, dst.log.gz, ...) in a directory that is not a regular file. */
    record NotARegularLog(String input, FileKind kind) implements InputProblem {
    }

    /** A log that cannot be opened; {@code reason} is the I/O error as {@code trace/UnreadableInput} words it. */
    record CannotOpen(String input, String reason) implements InputProblem {
    }

    /**
     * A log of more understood events than the loader keeps ({@code kept}, which protects memory): its events up to
     * {@code lastKeptLine} were kept, the {@code notKept} later ones counted only.
     */
    record EventsCapped(String input, int kept, long lastKeptLine, long notKept) implements InputProblem {
    }

    /** The fleet's log at a URI that is not a file (a directory: a manifest names each log). */
    record RemoteNotAFile(String input) implements InputProblem {
    }

    /** The fleet's log at a URI that cannot be copied from its file system; {@code reason} as it was given. */
    record CannotFetch(String input, String reason) implements InputProblem {
    }
}
