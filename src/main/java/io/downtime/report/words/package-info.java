/**
 * The sentences for the domain's structured reasons (clock notes, comparison reasons, replay evidence,
 * cross-check findings): the domain returns records with the lines and values, and these classes word
 * them, once, for every format and for the fleet. It imports the domain only: no Tablesaw, no picocli, no
 * other package of {@code report}, because analyzer-fleet compiles this package and not the rest of report
 * (fleet/pom.xml; checked by PackageImportsTest). The CSV row and JSON fields of a comparison that both
 * {@code analyzer compare} and {@code analyzer-fleet compare} write ({@link io.downtime.report.words.ComparisonCells},
 * {@link io.downtime.report.words.ComparisonFields}) are here for the same reason: they write the reasons'
 * words, and the fleet compiles no other package of report.
 */
package io.downtime.report.words;
