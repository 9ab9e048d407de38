package io.downtime.crosscheck;

import io.downtime.model.LineRef;
import io.downtime.run.RunStatus;

import java.util.Optional;

/** What a report says besides the compared figures, worth a note. */
public sealed interface CrossCheckNote {

    /** The report that the note is about. */
    ToolReport report();

    /**
     * The report gives a final status that the traced source run contradicts: it is of another migration.
     *
     * @param traced    how the traced source run ended
     * @param lastState the source run's last state line, when it has one
     */
    record StatusContradicted(ToolReport report, String reported, RunStatus traced, Optional<LineRef> lastState)
            implements CrossCheckNote {
    }

    /**
     * The report gives figures the trace has nothing to compare with (QEMU's expected downtime, the RAM
     * sent while the guest was stopped); at least one of the two is present.
     */
    record FiguresNotCompared(ToolReport report) implements CrossCheckNote {
    }
}
