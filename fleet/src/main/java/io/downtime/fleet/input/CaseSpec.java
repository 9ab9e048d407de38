package io.downtime.fleet.input;

import java.io.Serializable;
import java.util.List;

/**
 * One case to read, as the job hands it to a task: a manifest's row (its logs named one by one) or a case
 * of a directory tree found as {@code analyzer runs} finds it.
 *
 * @param id        the manifest's {@code id}, or the case's name in the run set
 * @param label     the run set's label of a directory tree's case; null for a manifest's row
 * @param logs      a manifest's logs, source first then each destination (paths or URIs); empty for a case
 * @param casePaths a directory tree's case: its directory, or its files; empty for a manifest's row
 */
public record CaseSpec(String id, String label, List<String> logs, List<String> casePaths) implements Serializable {
    public CaseSpec {
        logs = List.copyOf(logs);
        casePaths = List.copyOf(casePaths);
    }
}
