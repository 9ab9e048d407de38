package io.downtime.report.replay;

import java.io.PrintWriter;

/** The output of {@code analyzer replay}; docs/strict-mode.md defines every figure, and the JSON fields. */
public sealed interface ReplayRenderer permits TextReplay, JsonReplay, HtmlReplay, PerfettoReplay {

    /** @param format text or json */
    static ReplayRenderer create(String format, PrintWriter out) {
        return format.equals("json") ? new JsonReplay(out) : new TextReplay(out, false);
    }

    /** The text's first lines only: one sentence per policy ({@code --brief}). */
    static ReplayRenderer brief(PrintWriter out) {
        return new TextReplay(out, true);
    }

    /** One self-contained HTML page; {@code generator} names the tool in its footer. */
    static ReplayRenderer html(PrintWriter out, String generator) {
        return new HtmlReplay(out, generator);
    }

    /** The report's trace with the policies' checks and firings (docs/perfetto.md). */
    static ReplayRenderer perfetto(PrintWriter out, String generator) {
        return new PerfettoReplay(out, generator);
    }

    void render(ReplayDocument document);
}
