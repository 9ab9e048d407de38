/**
 * Cross-checks: the downtime figures QEMU and libvirt report themselves ({@code virsh domjobinfo}, QMP
 * {@code query-migrate}, HMP {@code info migrate}), set beside the figures the traces give.
 * <ul>
 * <li>Reading: {@link io.downtime.crosscheck.CrossCheckFiles} finds and reads the files; each gives a
 * {@link io.downtime.crosscheck.ToolReportReading} (a {@link io.downtime.crosscheck.ToolReport}, one tool's
 * figures for one migration, and the lines that could not be read).</li>
 * <li>Checking: {@link io.downtime.crosscheck.CrossCheckResult} picks the migration the reports describe
 * ({@link io.downtime.crosscheck.MigrationChoice}) and holds its
 * {@link io.downtime.crosscheck.MigrationCrossCheck}: the trace's figures
 * ({@link io.downtime.crosscheck.TraceFigures}), one {@link io.downtime.crosscheck.FigureCheck} per
 * reported figure ({@link io.downtime.crosscheck.ToolFigure}, checked by
 * {@link io.downtime.crosscheck.FigureChecker}) and notes.</li>
 * <li>Explaining: a figure that differs carries a {@link io.downtime.crosscheck.FigureExplanation} with the
 * trace lines and values that explain it; report's {@code CrossCheckWords} writes the sentences.</li>
 * </ul>
 * docs/cross-checks.md defines every figure and why they differ.
 */
package io.downtime.crosscheck;
