package io.downtime.report.replay;

import io.downtime.report.Format;
import io.downtime.report.Formats;
import io.downtime.report.Renderer;

/** The formats of {@code analyzer replay}; docs/strict-mode.md defines every figure, and the JSON fields. */
public final class ReplayFormats {
    private ReplayFormats() {
    }

    /**
     * text, JSON; one self-contained HTML page; the report's trace with the policies' checks and firings
     * (docs/perfetto.md).
     *
     * @param brief the text's first lines only: one sentence per policy ({@code --brief})
     */
    public static Formats<Renderer<ReplayDocument>> formats(boolean brief) {
        return Formats.<Renderer<ReplayDocument>>of("the replay")
                .with(Format.TEXT, to -> new TextReplay(to.out(), brief))
                .with(Format.JSON, to -> new JsonReplay(to.out()))
                .with(Format.HTML, to -> new HtmlReplay(to.out(), to.generator()))
                .with(Format.PERFETTO, to -> new PerfettoReplay(to.out(), to.generator()));
    }
}
