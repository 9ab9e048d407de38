package io.downtime.testing;

import io.downtime.runset.RunFigures;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;

import java.util.Arrays;
import java.util.List;

/** Real sample cases read as a run set, as {@code analyzer runs} and {@code analyzer compare} read them. */
public final class SampleRunSets {
    private SampleRunSets() {
    }

    /** The figures of every run of these sample cases ({@code sample-traces/<name>}), default options. */
    public static List<RunFigures> figures(String... names) {
        return RunSetLoader.load(Arrays.stream(names).map(n -> SampleTraces.path(n).toString()).toList(),
                RunSetOptions.defaults(), d -> { }).figures();
    }
}
