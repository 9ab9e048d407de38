package io.downtime.report.events;

import io.downtime.model.TraceEvent;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;

import java.io.PrintWriter;

/** The output of {@code analyzer events}, in one of its formats. */
public sealed interface EventListing permits TextEventListing, CsvEventListing, JsonEventListing, HtmlEventListing {

    /**
     * @param format     text, csv or json
     * @param listEvents false to print only the accounting
     */
    static EventListing create(String format, PrintWriter out, boolean listEvents) {
        switch (format) {
            case "csv":
                return new CsvEventListing(out, listEvents);
            case "json":
                return new JsonEventListing(out, listEvents);
            default:
                return new TextEventListing(out, listEvents);
        }
    }

    /**
     * The events as one self-contained HTML page, written to {@code out} at {@link #finish}.
     *
     * @param generator who made the page, for its footer ({@code analyzer 0.1.0})
     */
    static EventListing html(PrintWriter out, boolean listEvents, String generator) {
        return new HtmlEventListing(out, listEvents, generator);
    }

    void beginInput(TraceInput input);

    void event(TraceEvent event);

    void endInput(TraceInput input, LineAccounting accounting);

    /** Ends the listing; the accounting goes to {@code summaryOut} (stderr for CSV, so the CSV stays parseable). */
    void finish(LineAccounting total, PrintWriter summaryOut);
}
