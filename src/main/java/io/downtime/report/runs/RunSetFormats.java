package io.downtime.report.runs;

import io.downtime.report.Format;
import io.downtime.report.Formats;
import io.downtime.report.Renderer;

/** The formats of {@code analyzer runs}, its listing and its summary (docs/compare.md). */
public final class RunSetFormats {
    /** The listing: text, CSV, JSON, and the run set's metrics as OpenMetrics text (docs/fleet.md#metrics). */
    public static final Formats<Renderer<RunSetDocument>> LISTING = listing(false);

    /** The same formats; with {@code brief} the text is its answer alone, the counts ({@code --brief}). */
    public static Formats<Renderer<RunSetDocument>> listing(boolean brief) {
        return Formats.<Renderer<RunSetDocument>>of("the run listing")
                .with(Format.TEXT, to -> new TextRunSetListing(to.out(), brief))
                .with(Format.CSV, to -> new CsvRunSetListing(to.out()))
                .with(Format.JSON, to -> new JsonRunSetListing(to.out()))
                .with(Format.OPENMETRICS, to -> new OpenMetricsRunSetListing(to.out()));
    }

    private RunSetFormats() {
    }

    /**
     * The summary ({@code --summary}): text, CSV, JSON.
     *
     * @param top how many phases, device saves and device loads the text prints, each ranked apart; CSV and
     *            JSON hold every figure with its rank
     */
    public static Formats<Renderer<SummaryDocument>> summary(int top) {
        return Formats.<Renderer<SummaryDocument>>of("the run set's summary")
                .with(Format.TEXT, to -> new TextRunSetSummary(to.out(), top))
                .with(Format.CSV, to -> new CsvRunSetSummary(to.out()))
                .with(Format.JSON, to -> new JsonRunSetSummary(to.out()));
    }
}
