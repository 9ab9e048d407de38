package io.downtime.report.events;

import io.downtime.report.EventFields;
import io.downtime.report.TextTable;
import io.downtime.terminal.TerminalWriter;
import io.downtime.model.EventKind;
import io.downtime.model.TraceEvent;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.TraceInput;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code events} as a readable table, then the accounting. */
final class TextEventListing implements EventListing {
    private final PrintWriter out;
    private final boolean listEvents;
    private final List<String[]> inputRows = new ArrayList<>();
    private TextTable table;

    TextEventListing(PrintWriter out, boolean listEvents) {
        this.out = TerminalWriter.guard(out, false);
        this.listEvents = listEvents;
    }

    @Override
    public void beginInput(TraceInput input) {
    }

    @Override
    public void event(TraceEvent event) {
        if (!listEvents) {
            return;
        }
        if (table == null) {
            table = new TextTable(out)
                    .column("LINE", TextTable.Align.LEFT)
                    .column("TIME (UTC)", TextTable.Align.LEFT)
                    .column("ID", TextTable.Align.RIGHT)
                    .column("EVENT", TextTable.Align.LEFT)
                    .column("DETAILS", TextTable.Align.LEFT);
        }
        table.row(event.header().where().toString(), EventFields.utc(event.header()),
                event.header().id().isPresent() ? Long.toString(event.header().id().getAsLong()) : "",
                EventFields.eventName(event), EventFields.detailText(event));
    }

    @Override
    public void endInput(TraceInput input, LineAccounting a) {
        inputRows.add(new String[]{input.name(), Long.toString(a.lines()), Long.toString(a.understoodTotal()),
                Long.toString(a.otherEvents()), Long.toString(a.nonTrace()), Long.toString(a.rejected()),
                a.readFailures() > 0 ? "yes" : ""});
    }

    @Override
    public void finish(LineAccounting total, PrintWriter summaryTarget) {
        PrintWriter summaryOut = TerminalWriter.guard(summaryTarget, false);
        if (table != null) {
            table.finish();
            out.println();
        } else if (listEvents) {
            out.println("No understood events.");
            out.println();
        }
        TextTable inputs = new TextTable(summaryOut)
                .column("INPUT", TextTable.Align.LEFT)
                .column("LINES", TextTable.Align.RIGHT)
                .column("UNDERSTOOD", TextTable.Align.RIGHT)
                .column("OTHER EVENTS", TextTable.Align.RIGHT)
                .column("NON-TRACE", TextTable.Align.RIGHT)
                .column("REJECTED", TextTable.Align.RIGHT)
                .column("READ FAILED", TextTable.Align.LEFT);
        inputRows.forEach(inputs::row);
        if (inputRows.size() > 1) {
            inputs.row("total", Long.toString(total.lines()), Long.toString(total.understoodTotal()),
                    Long.toString(total.otherEvents()), Long.toString(total.nonTrace()), Long.toString(total.rejected()),
                    total.readFailures() > 0 ? "yes" : "");
        }
        inputs.finish();
        if (total.understoodTotal() > 0) {
            summaryOut.println();
            TextTable kinds = new TextTable(summaryOut)
                    .column("UNDERSTOOD EVENT", TextTable.Align.LEFT)
                    .column("COUNT", TextTable.Align.RIGHT);
            for (EventKind kind : EventKind.values()) {
                if (total.understood(kind) > 0) {
                    kinds.row(kind.label(), Long.toString(total.understood(kind)));
                }
            }
            kinds.finish();
        }
        if (total.otherEvents() > 0) {
            summaryOut.println();
            TextTable names = new TextTable(summaryOut)
                    .column("OTHER EVENT", TextTable.Align.LEFT)
                    .column("COUNT", TextTable.Align.RIGHT);
            total.otherEventNames().entrySet().stream()
                    .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                    .limit(20)
                    .forEach(entry -> names.row(entry.getKey(), Long.toString(entry.getValue())));
            names.finish();
            if (total.otherEventNames().size() > 20) {
                summaryOut.println("(" + (total.otherEventNames().size() - 20) + " more names)");
            }
        }
        summaryOut.flush();
    }
}
