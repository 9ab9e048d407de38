package io.downtime.run;

import io.downtime.model.LineRef;

/**
 * Something odd but valid in the logs that a figure could silently be wrong about (a clock step,
 * reordered or repeated lines, two processes in one log): said, with the line that shows it, instead
 * of being left for the user to find. Warnings do not change the exit code.
 *
 * @param where    the line that shows it
 * @param sentence what was seen and what it means for the figures
 */
public record InputWarning(LineRef where, String sentence) {
    @Override
    public String toString() {
        return where + ": " + sentence;
    }
}
