package io.downtime.report.gate;

/** One output of {@code analyzer gate}: text on stdout, {@code --json FILE}, {@code --junit FILE} (docs/gate.md). */
public sealed interface GateRenderer permits TextGateReport, JsonGateReport, JUnitGateReport {
    void render(GateDocument document);
}
