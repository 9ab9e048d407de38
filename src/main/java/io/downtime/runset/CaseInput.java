package io.downtime.runset;

import java.nio.file.Path;
import java.util.List;

/**
 * The logs of one recorded migration case: a directory holding {@code src.log}/{@code dst.log}, or
 * an explicit pair, or a single log.
 *
 * @param label the run set's label for every migration of this case
 * @param name  the case's name in listings: the directory relative to the given path's parent, or
 *              the file(s) as given
 * @param paths what {@link io.downtime.run.LogInputs#locateFound} reads: the directory, or the files (paths, not
 *              names: a name that is not UTF-8 is no longer its file's)
 */
public record CaseInput(String label, String name, List<Path> paths) {
    public CaseInput {
        paths = List.copyOf(paths);
    }
}
