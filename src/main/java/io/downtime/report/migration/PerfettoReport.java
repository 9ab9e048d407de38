package io.downtime.report.migration;

import io.downtime.analysis.TimelineAxis;
import io.downtime.report.Renderer;
import io.downtime.report.DisplayNames;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.report.perfetto.ChromeTrace;
import io.downtime.report.words.AnalysisWords;
import io.downtime.report.words.ClockWords;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code analyzer report --format perfetto}: every migration reported, as a trace in Chrome's Trace Event
 * Format for ui.perfetto.dev, chrome://tracing or Trace Compass ({@link MigrationTrace}; docs/perfetto.md).
 */
public final class PerfettoReport implements Renderer<ReportDocument> {
    public static final int FORMAT_VERSION = 1;

    private final PrintWriter out;
    private final String generator;

    public PerfettoReport(PrintWriter out, String generator) {
        this.out = out;
        this.generator = generator;
    }

    @Override
    public void render(ReportDocument document) {
        DisplayNames names = new DisplayNames(document.accounting().keySet());
        ChromeTrace trace = new ChromeTrace();
        ObjectNode other = otherData("report", generator);
        ArrayNode migrations = other.putArray("migrations");
        int count = document.found().migrations().size();
        for (MigrationAnalysis analysis : document.analyses()) {
            Optional<MigrationTrace> added = MigrationTrace.add(trace, analysis, prefix(analysis, count), names);
            migrations.add(migration(analysis, added));
        }
        write(trace, other, out);
    }

    /** {@code migration 2: } when the logs hold several, else nothing. */
    public static String prefix(MigrationAnalysis analysis, int count) {
        return count > 1 ? "migration " + analysis.migration().pair().index() + ": " : "";
    }

    public static ObjectNode otherData(String command, String generator) {
        ObjectNode other = ChromeTrace.args();
        other.put("format", "downtime-analyzer-" + command + "-trace");
        other.put("format_version", FORMAT_VERSION);
        other.put("generator", generator);
        other.put("time_unit", "µs on the source's clock (wall clock, since the epoch)");
        return other;
    }

    /** What the trace holds of one migration, or why it holds nothing of it. */
    public static ObjectNode migration(MigrationAnalysis analysis, Optional<MigrationTrace> added) {
        ObjectNode migration = ChromeTrace.args();
        migration.put("index", analysis.migration().pair().index());
        if (added.isEmpty()) {
            migration.put("placed", false);
            migration.put("why", analysis.timeline().note().map(AnalysisWords::note)
                    .orElse("its events cannot be placed in time (no timestamps)"));
            return migration;
        }
        TimelineAxis axis = added.get().axis();
        migration.put("placed", true);
        migration.put("clock", axis.clock().label());
        migration.put("reference", axis.reference());
        migration.put("reference_us", axis.referenceMicros());
        migration.put("clock_alignment", ClockWords.summary(analysis.migration().clock()));
        analysis.timeline().note().ifPresent(note -> migration.put("note", AnalysisWords.note(note)));
        return migration;
    }

    public static void write(ChromeTrace trace, ObjectNode other, PrintWriter out) {
        try {
            trace.write(out, other);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** See {@link ReportRenderer#untraced}. */
    public static List<String> untraced(List<MigrationAnalysis> analyses) {
        return analyses.stream().filter(analysis -> TimelineAxis.of(analysis).isEmpty())
                .map(analysis -> "migration " + analysis.migration().pair().index() + " is not in the trace: "
                        + analysis.timeline().note().map(AnalysisWords::note).orElse("its events cannot be placed in time"))
                .toList();
    }
}
