package io.downtime.report.migration;

import io.downtime.clock.Estimate;
import io.downtime.report.html.MarkerSymbol;

import java.util.List;
import java.util.Optional;

/** What a timeline chart is made of, before Plotly: rows grouped in lanes, series of marks or bars, spans. */
final class TimelineLayers {
    private TimelineLayers() {
    }

    /** The chart's horizontal bands, top to bottom. */
    enum Lane {
        /** The blackout against QEMU's figure. */
        BLACKOUT,
        SOURCE,
        /** Phases from one host's milestone to the other's. */
        ACROSS,
        DESTINATION
    }

    /** One row of the chart (one y category). */
    record Row(Lane lane, String label) {
    }

    /**
     * One thing drawn: a mark ({@code start == end}) or a bar from {@code start} to {@code end}, in µs
     * since the axis's reference. Only estimates with a value are drawn.
     *
     * @param text    a short label drawn beside a bar, or null
     * @param openEnd the bar goes on to the chart's right end ({@code end} is where it is known to reach)
     */
    record Item(Estimate start, Estimate end, String hover, String text, boolean openEnd) {
        static Item mark(Estimate at, String hover) {
            return new Item(at, at, hover, null, false);
        }

        static Item bar(Estimate start, Estimate end, String hover) {
            return new Item(start, end, hover, null, false);
        }

        double startMs() {
            return start.value().getAsLong() / 1000.0;
        }

        double endMs() {
            return end.value().getAsLong() / 1000.0;
        }
    }

    /** Items of one row drawn alike: one Plotly trace. */
    record Series(Row row, boolean bars, String colour, MarkerSymbol symbol, double opacity, List<Item> items) {
        Series {
            items = items.stream().filter(item -> item.start().value().isPresent() && item.end().value().isPresent()).toList();
        }
    }

    /**
     * A shaded stretch of time over the whole chart (the blackout), or a line when {@code from} and
     * {@code to} are equal.
     *
     * @param from  the start in µs since the reference; empty when open (drawn from the chart's left end)
     * @param to    the end; empty when open (drawn to the chart's right end)
     * @param label drawn at the top, or null
     */
    record Span(Optional<Long> from, Optional<Long> to, String colour, double opacity, String label) {
        static Span between(long from, long to, String colour, double opacity) {
            return new Span(Optional.of(from), Optional.of(to), colour, opacity, null);
        }

        boolean line() {
            return from.isPresent() && from.equals(to);
        }
    }
}
