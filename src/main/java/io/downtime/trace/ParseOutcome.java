package io.downtime.trace;

import io.downtime.model.TraceEvent;

/** What a grammar made of one candidate line. */
sealed interface ParseOutcome {
    record Parsed(TraceEvent event) implements ParseOutcome {
    }

    record Rejected(Diagnostic diagnostic) implements ParseOutcome {
    }

    /** Well-formed, but nothing this tool reads (a libvirt line such as {@code Domain id=2 is tainted}). */
    record NotInterpreted() implements ParseOutcome {
    }
}
