package io.downtime.report.compare;

import io.downtime.compare.Comparison;
import io.downtime.report.Format;
import io.downtime.report.Formats;
import io.downtime.report.Renderer;

/** The formats of {@code analyzer compare}; docs/compare.md defines every figure. */
public final class ComparisonFormats {
    private ComparisonFormats() {
    }

    /**
     * text, CSV, JSON; one self-contained HTML page.
     *
     * @param top text only: rows of the figure table beyond which figures without a change are summed up in
     *            one line (0 for all)
     */
    public static Formats<Renderer<Comparison>> formats(int top) {
        return formats(top, false);
    }

    /** The same formats; with {@code brief} the text is its answer alone ({@code --brief}, docs/compare.md). */
    public static Formats<Renderer<Comparison>> formats(int top, boolean brief) {
        return Formats.<Renderer<Comparison>>of("the comparison")
                .with(Format.TEXT, to -> new TextComparison(to.out(), top, brief))
                .with(Format.CSV, to -> new CsvComparison(to.out()))
                .with(Format.JSON, to -> new JsonComparison(to.out()))
                .with(Format.HTML, to -> new HtmlComparison(to.out(), to.generator()));
    }
}
