package io.downtime.report.sweep;

import io.downtime.report.Format;
import io.downtime.report.Formats;
import io.downtime.report.Renderer;

/** The formats of {@code analyzer sweep}; docs/strict-mode.md defines every figure, the CSV columns and the JSON fields. */
public final class SweepFormats {
    /** text, CSV, JSON; one self-contained HTML page. */
    public static final Formats<Renderer<SweepDocument>> FORMATS = formats(false);

    /** The same formats; with {@code brief} the text is its answer alone, the recommendations ({@code --brief}). */
    public static Formats<Renderer<SweepDocument>> formats(boolean brief) {
        return Formats.<Renderer<SweepDocument>>of("the sweep")
                .with(Format.TEXT, to -> new TextSweep(to.out(), brief))
                .with(Format.CSV, to -> new CsvSweep(to.out()))
                .with(Format.JSON, to -> new JsonSweep(to.out()))
                .with(Format.HTML, to -> new HtmlSweep(to.out(), to.generator()));
    }

    private SweepFormats() {
    }
}
