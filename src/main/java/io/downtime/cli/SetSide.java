package io.downtime.cli;

import io.downtime.runset.Baseline;
import io.downtime.runset.BaselineException;
import io.downtime.runset.BaselineFile;
import io.downtime.runset.RunFigures;
import io.downtime.runset.RunSet;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One side of a comparison: a run set read from logs, or a baseline file.
 *
 * @param clean false when an input could not be used or lines were rejected (already said on stderr)
 * @param files the files read: the baseline file, or the run set's logs
 */
record SetSide(String label, List<RunFigures> figures, boolean clean, List<Path> files) {

    static SetSide load(String path, Optional<String> label, AlignmentArguments alignment, PrintWriter err) {
        if (BaselineFile.looksLikeBaseline(Path.of(path))) {
            try {
                Baseline baseline = BaselineFile.read(Path.of(path));
                return new SetSide(label.orElse(baseline.label()), baseline.runs(), true, List.of(Path.of(path)));
            } catch (BaselineException e) {
                err.println("analyzer: " + e.getMessage());
                return new SetSide(label.orElse(path), List.of(), false, List.of(Path.of(path)));
            }
        }
        RunSet set = RunSetArguments.load(List.of(path), alignment.options(label), err);
        RunSetArguments.notes(set, err);
        String name = label.orElseGet(() -> set.cases().isEmpty() ? path : set.cases().get(0).label());
        return new SetSide(name, set.figures(), set.clean(), OutputCheck.paths(set.files()));
    }
}
