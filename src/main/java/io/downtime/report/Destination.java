package io.downtime.report;

import java.io.PrintWriter;

/**
 * Where a renderer writes.
 *
 * @param out       the output
 * @param generator who made the output, for an HTML page's footer and a trace's metadata
 *                  ({@code analyzer 0.1.0 (abc1234)})
 */
public record Destination(PrintWriter out, String generator) {
}
