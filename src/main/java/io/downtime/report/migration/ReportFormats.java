package io.downtime.report.migration;

import io.downtime.report.Format;
import io.downtime.report.Formats;
import io.downtime.report.Renderer;

/** The formats of {@code analyzer report}; docs/report.md and docs/report-json.md define every figure. */
public final class ReportFormats {
    /**
     * text, JSON, CSV; one self-contained HTML page; a trace for ui.perfetto.dev and Chrome's trace viewers
     * (docs/perfetto.md).
     */
    public static final Formats<Renderer<ReportDocument>> FORMATS = formats(false);

    /**
     * The same formats; with {@code brief} the text is each migration's answer alone ({@code --brief},
     * docs/report.md, The answer first).
     */
    public static Formats<Renderer<ReportDocument>> formats(boolean brief) {
        return Formats.<Renderer<ReportDocument>>of("the report")
                .with(Format.TEXT, to -> new TextReport(to.out(), brief))
                .with(Format.CSV, to -> new CsvReport(to.out()))
                .with(Format.JSON, to -> new JsonReport(to.out()))
                .with(Format.HTML, to -> new HtmlReport(to.out(), to.generator()))
                .with(Format.PERFETTO, to -> new PerfettoReport(to.out(), to.generator()));
    }

    private ReportFormats() {
    }
}
