package io.downtime.trace;

import io.downtime.model.TraceEvent;

/** What the grammar made of one candidate line. */
sealed interface ParseOutcome {
    record Parsed(TraceEvent event) implements ParseOutcome {
    }

    record Rejected(Diagnostic diagnostic) implements ParseOutcome {
    }
}
