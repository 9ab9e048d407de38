package io.downtime.fleet.table;

/**
 * What a row of {@code problems} describes: an input or a case that could not be used, a rejected line, or
 * a note on what was found and not used.
 *
 * @param kind    {@link #PROBLEM}, {@link #REJECTED_LINE} or {@link #NOTE}
 * @param input   the input it is about, when it is about one
 * @param line    for a rejected line, its number
 * @param column  for a rejected line, the column
 * @param message what is wrong, as {@code analyzer runs} says it on stderr
 */
public record ProblemRow(String kind, String input, Long line, Integer column, String message) {
    public static final String PROBLEM = "problem";
    public static final String REJECTED_LINE = "rejected-line";
    public static final String NOTE = "note";

    public static ProblemRow problem(String message) {
        return new ProblemRow(PROBLEM, null, null, null, message);
    }

    public static ProblemRow note(String message) {
        return new ProblemRow(NOTE, null, null, null, message);
    }
}
