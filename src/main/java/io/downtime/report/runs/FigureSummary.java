package io.downtime.report.runs;

import io.downtime.compare.Figure;
import io.downtime.compare.RunValues;
import io.downtime.compare.SampleSummary;
import io.downtime.compare.Statistics;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One figure summarised across the runs of a run set ({@code analyzer runs --summary}): the same
 * statistics, by the same definitions, as {@link SampleSummary} gives {@code analyzer compare}.
 *
 * @param values      runs that have a value of the figure
 * @param unknown     runs that have the figure but no value for it (see {@link RunValues})
 * @param lowerBounds how many of the values are lower bounds
 * @param median      {@link Statistics#median}; empty without values
 * @param p95         {@link Statistics#nearestRank} at 0.95, only from {@link SampleSummary#P95_MIN_RUNS}
 *                    values on
 * @param max         the largest value; empty without values
 */
public record FigureSummary(Figure figure, int values, int unknown, int lowerBounds, OptionalDouble median,
                            OptionalLong p95, OptionalLong max) {
}
