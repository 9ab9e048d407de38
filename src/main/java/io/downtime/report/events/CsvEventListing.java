package io.downtime.report.events;

import io.downtime.report.EventFields;
import io.downtime.csv.CsvWriter;
import io.downtime.model.TraceEvent;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code events} as CSV, one row per event, every detail field a column (empty when it does not apply). */
final class CsvEventListing implements EventListing {
    private final CsvWriter csv;
    private final boolean listEvents;
    private final TextEventListing summary;
    private boolean headerWritten;

    CsvEventListing(PrintWriter out, boolean listEvents) {
        this.csv = new CsvWriter(out);
        this.listEvents = listEvents;
        this.summary = new TextEventListing(out, false);
    }

    @Override
    public void beginInput(TraceInput input) {
        if (listEvents && !headerWritten) {
            List<Object> header = new ArrayList<>(List.of("file", "line", "time_us", "time_utc", "id", "event"));
            header.addAll(EventFields.DETAIL_FIELDS);
            csv.row(header);
            headerWritten = true;
        }
    }

    @Override
    public void event(TraceEvent event) {
        if (!listEvents) {
            return;
        }
        List<Object> row = new ArrayList<>();
        row.add(event.header().where().file());
        row.add(event.header().where().line());
        row.add(event.header().hasTime() ? event.header().micros() : "");
        row.add(EventFields.utc(event.header()));
        row.add(event.header().id().isPresent() ? event.header().id().getAsLong() : "");
        row.add(EventFields.eventName(event));
        Map<String, Object> details = EventFields.details(event);
        for (String field : EventFields.DETAIL_FIELDS) {
            row.add(details.getOrDefault(field, ""));
        }
        csv.row(row);
    }

    @Override
    public void endInput(TraceInput input, LineAccounting accounting) {
        summary.endInput(input, accounting);
    }

    @Override
    public void finish(LineAccounting total, PrintWriter summaryOut) {
        summary.finish(total, summaryOut);
    }
}
