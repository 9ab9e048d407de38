package io.downtime.run;

/**
 * Names a run: its log and its position there.
 *
 * @param input the log's name as given
 * @param index 1-based position among the runs of that log, in file order
 */
public record RunId(String input, int index) {
    @Override
    public String toString() {
        return input + " run " + index;
    }
}
