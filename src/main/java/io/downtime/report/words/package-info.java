/**
 * The sentences for the domain's structured reasons (clock notes, comparison reasons, replay evidence,
 * cross-check findings): the domain returns records with the lines and values, and these classes word
 * them, once, for every format and for the fleet. It imports the domain only: no Tablesaw, no picocli, no
 * other package of {@code report}, because analyzer-fleet compiles this package and not the rest of report
 * (fleet/pom.xml; checked by PackageImportsTest).
 */
package io.downtime.report.words;
