package io.downtime.runset;

/**
 * Why a path given for a run set cannot be searched or read as a case, beyond what is said of any log's path
 * ({@code CaseProblem.Input}): a directory the search cannot enter, an explicit {@code SRC,DST} pair that is not two
 * logs. Each record names the path as given or found. {@code report.words.ProblemWords} words it.
 */
public sealed interface PathProblem {

    /** A directory whose links lead back to itself: searched no deeper there. */
    record LinkLoop(String directory) implements PathProblem {
    }

    /** A directory this user may not enter. */
    record SearchDenied(String directory) implements PathProblem {
    }

    /** A directory the search failed in for another reason, the file system's message as it gave it. */
    record CannotSearch(String directory, String reason) implements PathProblem {
    }

    /** A path with commas that is no file and not two non-empty paths joined by one comma. */
    record NotAPair(String argument) implements PathProblem {
    }

    /** One side ({@code part}) of an explicit pair names nothing (or a dangling link). */
    record PairPartMissing(String argument, String part) implements PathProblem {
    }

    /** One side of an explicit pair is a directory. */
    record PairPartDirectory(String argument, String part) implements PathProblem {
    }

    /** One side of an explicit pair this user may not read. */
    record PairPartNotReadable(String argument, String part) implements PathProblem {
    }
}
