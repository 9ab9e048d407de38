package io.downtime.cli;

import io.downtime.run.LogInputs;
import io.downtime.runset.CaseInput;
import io.downtime.runset.RunSetInputs;
import io.downtime.trace.FileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The next step when {@code report} or {@code replay} is given a directory of cases (a run set, as
 * {@code runs}, {@code compare} or {@code sweep} read it) instead of one case: the directory holds no
 * src.log or dst.log of its own, nor one or two logs, but cases below it.
 */
final class RunSetHint {
    private RunSetHint() {
    }

    /** {@code sample-traces holds 20 cases: try analyzer runs sample-traces (or analyzer report ... for one)}; empty otherwise. */
    static Optional<String> of(String argument) {
        Path directory;
        try {
            directory = Path.of(argument);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isDirectory(directory) || LogInputs.hasCaseLogNames(directory) || readAsOneCase(directory)) {
            return Optional.empty();
        }
        List<CaseInput> cases = RunSetInputs.locate(List.of(argument), Optional.empty()).cases().stream()
                .filter(found -> !found.paths().equals(List.of(directory)))
                .toList();
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        String shown = FileNames.of(directory);
        String one = FileNames.of(cases.get(0).paths().get(0));
        return Optional.of(shown + " holds " + cases.size() + (cases.size() == 1 ? " case" : " cases")
                + " (directories with src.log and dst.log, or two logs, below it): try analyzer runs " + shown
                + " to list them, or analyzer report " + one + " for one");
    }

    /** One or two logs of its own: report reads the directory as one case. */
    private static boolean readAsOneCase(Path directory) {
        try {
            int logs = LogInputs.logFiles(directory).size();
            return logs == 1 || logs == 2;
        } catch (IOException e) {
            return false;
        }
    }
}
