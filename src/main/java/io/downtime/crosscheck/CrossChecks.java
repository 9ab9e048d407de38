package io.downtime.crosscheck;

import java.util.List;

/**
 * QEMU's and libvirt's own figures for one migration, beside the trace's.
 *
 * @param migration the migration's number (what {@code --run} takes)
 * @param why       why the reports are compared with this migration: {@code with the only migration found}
 * @param trace     the trace's figures: blackout, QEMU's figure, QEMU's setup and total time
 * @param checks    every compared figure of every report, in the reports' order
 * @param notes     other sentences: a status the trace contradicts, figures not compared
 */
public record CrossChecks(int migration, String why, List<TraceValue> trace, List<FigureCheck> checks,
                          List<String> notes) {
    public CrossChecks {
        trace = List.copyOf(trace);
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }
}
