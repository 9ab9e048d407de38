package io.downtime.run;

import io.downtime.model.TraceEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Warnings about the logs as a whole (those about one run's own lines are {@link RunChecks}'): a log
 * cut in the middle of its last line, a log whose clock goes back where a run begins (two hosts' logs
 * joined into one file), and a run that repeats another line for line (the same lines twice in a log,
 * or one log given twice).
 */
final class LogChecks {
    private LogChecks() {
    }

    static List<InputWarning> of(List<LogEvents> logs, List<Run> runs) {
        List<InputWarning> warnings = new ArrayList<>();
        Set<Run> repeats = Collections.newSetFromMap(new IdentityHashMap<>());
        List<InputWarning> repeated = repeatedRuns(runs, repeats);
        for (LogEvents log : logs) {
            if (log.cutLastLine()) {
                TraceEvent last = log.events().get(log.events().size() - 1);
                warnings.add(new InputWarning.CutLastLine(last.header().where()));
            }
            clockGoesBackAtRunStart(log, runs, repeats, warnings);
        }
        warnings.addAll(repeated);
        return List.copyOf(warnings);
    }

    /** A repeated run also sends the clock back where it begins; it gets its own, clearer warning. */
    private static void clockGoesBackAtRunStart(LogEvents log, List<Run> runs, Set<Run> repeats,
                                                List<InputWarning> warnings) {
        Map<Long, Run> byFirstLine = new HashMap<>();
        for (Run run : runs) {
            if (run.id().input().equals(log.name()) && !run.events().isEmpty() && !repeats.contains(run)) {
                byFirstLine.put(run.events().get(0).header().where().line(), run);
            }
        }
        TraceEvent previous = null;
        int listed = 0;
        for (TraceEvent event : log.events()) {
            if (!event.header().hasTime()) {
                continue;
            }
            Run starting = byFirstLine.get(event.header().where().line());
            if (previous != null && starting != null && listed < RunChecks.LISTED_PER_KIND
                    && event.header().micros() < previous.header().micros() - RunChecks.CLOCK_STEP_TOLERANCE_MICROS) {
                listed++;
                warnings.add(new InputWarning.JoinedLogs(event.header().where(),
                        previous.header().micros() - event.header().micros(), previous.header().where().line(),
                        starting.id()));
            }
            previous = event;
        }
    }

    /** Runs with the same events (times and values, not line numbers): found by a hash, then compared. */
    private static List<InputWarning> repeatedRuns(List<Run> runs, Set<Run> repeats) {
        List<InputWarning> warnings = new ArrayList<>();
        Map<Integer, List<Run>> byContent = new HashMap<>();
        int listed = 0;
        for (Run run : runs) {
            List<Run> sameHash = byContent.computeIfAbsent(content(run), key -> new ArrayList<>());
            for (Run earlier : sameHash) {
                if (sameEvents(earlier, run)) {
                    repeats.add(run);
                    if (listed++ < RunChecks.LISTED_PER_KIND) {
                        warnings.add(new InputWarning.RepeatedRun(run.events().get(0).header().where(), run.id(),
                                earlier.id()));
                    }
                    break;
                }
            }
            sameHash.add(run);
        }
        return warnings;
    }

    private static int content(Run run) {
        int hash = run.events().size();
        for (TraceEvent event : run.events()) {
            hash = 31 * hash + Objects.hash(event.kind(), event.header().timeMicros(), event.header().id());
        }
        return hash;
    }

    /** Same kinds, times, ids and values, line for line; where each line is does not count. */
    private static boolean sameEvents(Run a, Run b) {
        if (a.events().size() != b.events().size()) {
            return false;
        }
        for (int i = 0; i < a.events().size(); i++) {
            if (!EventContent.same(a.events().get(i), b.events().get(i))) {
                return false;
            }
        }
        return true;
    }
}
