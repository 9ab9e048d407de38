package io.downtime.cli;

import io.downtime.report.Destination;
import io.downtime.report.events.EventListing;
import io.downtime.trace.Diagnostic;
import io.downtime.trace.EventReader;
import io.downtime.trace.LineAccounting;
import io.downtime.trace.ReadOptions;
import io.downtime.trace.TraceInput;
import io.downtime.trace.TraceInputs;
import io.downtime.trace.UnreadableInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code analyzer events}: every understood event of the inputs, then where every line went. */
@Command(name = "events", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the understood events of trace logs, then account for every line read.",
                "Rejected lines are reported on stderr as file:line:column: message."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was read and none rejected", "2:a path was unreadable or a line was rejected"})
public final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Trace logs (plain or .gz), directories (searched for *.log, *.stderr, *.trace), or - for stdin.")
    List<String> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text, csv, json or html (default: ${DEFAULT-VALUE}). CSV puts the accounting on stderr.",
                    "html writes one self-contained page (timeline, device times, tables) and needs -o."})
    PageFormat format;

    @Mixin
    OutputFile destination;

    @Option(names = "--summary", description = "Only the accounting, no event listing.")
    boolean summaryOnly;

    @Option(names = "--other-events", description = "Also list the trace events this tool does not interpret.")
    boolean otherEvents;

    @Override
    public Integer call() throws IOException {
        destination.checkPage(spec, format == PageFormat.HTML);
        PrintWriter err = spec.commandLine().getErr();
        TraceInputs.Resolved resolved = TraceInputs.resolve(paths);
        resolved.problems().forEach(problem -> err.println("analyzer: " + problem));
        err.flush();
        // Checked before anything is read: the listing is written while the inputs are read.
        Optional<OutputTarget> opened = destination.open(spec, OutputCheck.paths(resolved.inputs()));
        if (opened.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        try (OutputTarget target = opened.get()) {
            PrintWriter out = target.writer();
            Destination to = new Destination(out, "analyzer " + VersionProvider.version());
            EventListing listing = EventListing.formats(!summaryOnly).create(format.format(), to);
            LineAccounting total = LineAccounting.empty();
            int unreadable = resolved.problems().size();
            for (TraceInput input : resolved.inputs()) {
                EventReader reader;
                try {
                    reader = EventReader.open(input, new ReadOptions(otherEvents), diagnostic -> report(err, diagnostic));
                } catch (IOException e) {
                    err.println("analyzer: " + input.name() + ": cannot open: " + UnreadableInput.reason(e));
                    unreadable++;
                    continue;
                }
                try (reader) {
                    listing.beginInput(input);
                    while (reader.hasNext()) {
                        listing.event(reader.next());
                    }
                    LineAccounting accounting = reader.accounting();
                    listing.endInput(input, accounting);
                    total = total.plus(accounting);
                }
            }
            listing.finish(total, format == PageFormat.CSV || format == PageFormat.HTML ? err : out);
            boolean written = target.finish(err);
            err.flush();
            return unreadable == 0 && written && total.clean() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    private static void report(PrintWriter err, Diagnostic diagnostic) {
        err.println(diagnostic);
    }
}
