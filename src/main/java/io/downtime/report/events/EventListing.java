package io.downtime.report.events;

import io.downtime.model.TraceEvent;
import io.downtime.report.Format;
import io.downtime.report.Formats;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;

import java.io.PrintWriter;

/**
 * The output of {@code analyzer events}, in one of its formats: streamed, an input at a time, so that a
 * large log is never held whole (the one document that is not a {@code Renderer} of a finished document).
 */
public sealed interface EventListing permits TextEventListing, CsvEventListing, JsonEventListing, HtmlEventListing {

    /**
     * text, CSV, JSON; one self-contained HTML page, written at {@link #finish}.
     *
     * @param listEvents false to print only the accounting
     */
    static Formats<EventListing> formats(boolean listEvents) {
        return Formats.<EventListing>of("the event listing")
                .with(Format.TEXT, to -> new TextEventListing(to.out(), listEvents))
                .with(Format.CSV, to -> new CsvEventListing(to.out(), listEvents))
                .with(Format.JSON, to -> new JsonEventListing(to.out(), listEvents))
                .with(Format.HTML, to -> new HtmlEventListing(to.out(), listEvents, to.generator()));
    }

    void beginInput(TraceInput input);

    void event(TraceEvent event);

    void endInput(TraceInput input, LineAccounting accounting);

    /** Ends the listing; the accounting goes to {@code summaryOut} (stderr for CSV, so the CSV stays parseable). */
    void finish(LineAccounting total, PrintWriter summaryOut);
}
