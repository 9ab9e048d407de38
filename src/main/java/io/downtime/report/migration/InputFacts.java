package io.downtime.report.migration;

import io.downtime.report.DisplayNames;
import io.downtime.report.html.HtmlPage;
import io.downtime.report.words.FoundNoteWords;
import io.downtime.report.words.InputWarningWords;
import io.downtime.run.FoundMigrations;
import io.downtime.trace.LineAccounting;

import java.util.List;
import java.util.Map;

/** The header of a page about migrations of two logs (report, replay): the inputs, the lines read, the migrations found. */
public final class InputFacts {
    private InputFacts() {
    }

    /**
     * @param shown    the migrations the page is about (all of them, or the one {@code --run} picked)
     * @param problems inputs that could not be used
     */
    public static void add(HtmlPage page, Map<String, LineAccounting> accounting, FoundMigrations found, List<Integer> shown,
                    List<String> problems, DisplayNames names) {
        LineAccounting total = accounting.values().stream().reduce(LineAccounting.empty(), LineAccounting::plus);
        page.fact("Inputs", String.join(", ", accounting.keySet()));
        page.fact("Lines read", total.lines() + ", " + total.rejected() + " rejected"
                + (total.rejected() > 0 ? " (each reported on stderr)" : ""));
        int count = found.migrations().size();
        page.fact("Migrations", count + " found" + (shown.size() < count && !shown.isEmpty()
                ? "; this page reports migration " + shown.get(0) + " (--run)" : ""));
        found.notes().forEach(note -> page.fact("note", names.in(FoundNoteWords.note(note))));
        found.warnings().forEach(warning -> page.fact("warning", names.of(warning.where()) + ": "
                + names.in(InputWarningWords.warning(warning))));
        problems.forEach(problem -> page.fact("problem", problem));
    }
}
