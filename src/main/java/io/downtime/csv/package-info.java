/**
 * The analyzer's CSV: every CSV output of {@code analyzer} (report/) and {@code analyzer-fleet query} writes its
 * cells through {@link io.downtime.csv.CsvWriter}. Like {@code json}, a shared output format outside report/,
 * so that the fleet job, which does not include report/, writes CSV the same way.
 */
package io.downtime.csv;
