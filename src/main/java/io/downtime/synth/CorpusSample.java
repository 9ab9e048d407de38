package io.downtime.synth;

import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.model.TraceEvent;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;
import io.downtime.trace.TraceLineWriter;

import java.util.List;
import java.util.Optional;

/**
 * A real recorded migration that synthetic runs are made from: both runs completed, with timestamps
 * and a guest start. Only events the log backend prints are kept (the RFC's own events are dropped:
 * perturbed times would contradict them).
 *
 * @param returnPath whether the source's src-downtime-end waited for the destination (it must keep doing so)
 */
record CorpusSample(String name, List<TraceEvent> source, long sourceThread, List<TraceEvent> destination,
                    long destinationThread, boolean returnPath) {

    /** The sample a migration can be, or why not. */
    static Optional<CorpusSample> of(String name, MigrationPair pair, List<String> skipped) {
        if (!pair.complete() || !pair.timed()) {
            skipped.add(name + ": " + (pair.timed() ? "one host only" : "no timestamps"));
            return Optional.empty();
        }
        Run source = pair.source().get();
        Run destination = pair.destination().get();
        if (source.status() != RunStatus.COMPLETED || destination.status() != RunStatus.COMPLETED
                || destination.guestStarted().isEmpty()) {
            skipped.add(name + ": not a completed migration");
            return Optional.empty();
        }
        boolean returnPath = AlignedMigration.align(pair, AlignmentOptions.automatic()).clock().returnPath().used();
        return Optional.of(new CorpusSample(name, writable(source), thread(source), writable(destination),
                thread(destination), returnPath));
    }

    private static List<TraceEvent> writable(Run run) {
        return run.events().stream().filter(TraceLineWriter::writable).toList();
    }

    private static long thread(Run run) {
        return run.events().stream().filter(e -> e.header().id().isPresent()).findFirst()
                .map(e -> e.header().id().getAsLong()).orElse(1L);
    }
}
