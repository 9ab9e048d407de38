package io.downtime.cli;

import io.downtime.report.Renderer;
import io.downtime.gate.Gate;
import io.downtime.gate.GateContext;
import io.downtime.gate.GateResult;
import io.downtime.gate.NoRegressionRule;
import io.downtime.gate.Rule;
import io.downtime.gate.RuleBook;
import io.downtime.gate.RulesException;
import io.downtime.gate.RulesFile;
import io.downtime.report.gate.GateDocument;
import io.downtime.report.gate.JUnitGateReport;
import io.downtime.report.gate.JsonGateReport;
import io.downtime.report.gate.TextGateReport;
import io.downtime.runset.Baseline;
import io.downtime.runset.BaselineException;
import io.downtime.runset.BaselineFile;
import io.downtime.runset.RunSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code analyzer gate}: fail a CI pipeline when migration downtime crosses a rule or regresses against a baseline. */
@Command(name = "gate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check every migration found under the paths against the rules of a rules file (YAML or JSON):"
                + " blackout, phase and device limits, clock alignment, rejected lines, no regression against a"
                + " baseline, strict mode that must not fire or miss a violation. Prints one line per failed check"
                + " and a summary; writes JUnit XML and JSON on request.",
                "The rules file's schema, with examples and CI snippets, is in docs/gate.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every rule passed (checks skipped under when_unknown: skip do not fail)",
                "1:at least one rule failed",
                "2:bad usage, a bad rules or baseline file (the message names the file, the rule and the field),"
                        + " or an input that cannot be read or holds no migration"})
public final class GateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunSetArguments inputs;

    @Option(names = "--rules", required = true, paramLabel = "RULES", description = "The rules file (.yaml, .yml or .json).")
    Path rules;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A baseline made by analyzer baseline, for no-regression rules.")
    Path baseline;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write the results as JUnit XML (GitLab, Jenkins).")
    Path junit;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON.")
    Path json;

    @Option(names = "--brief", description = "Print only the answer: passed or failed, the failed checks by rule and"
            + " the first ones (the text's first lines, docs/gate.md); --junit and --json are still written whole.")
    boolean brief;

    @Option(names = "--label", paramLabel = "NAME",
            description = "The label of every migration found (default: the name of the path each was found under).")
    String label;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        RuleBook book;
        try {
            book = RulesFile.read(rules);
        } catch (RulesException e) {
            return fail(err, e.getMessage());
        }
        Optional<Baseline> base = Optional.empty();
        if (baseline != null) {
            try {
                base = Optional.of(BaselineFile.read(baseline));
            } catch (BaselineException e) {
                return fail(err, e.getMessage());
            }
        } else if (book.needsBaseline()) {
            List<Rule> all = book.rules();
            Rule first = all.stream().filter(rule -> rule instanceof NoRegressionRule).findFirst().orElseThrow();
            return fail(err, book.file() + ": rule " + (all.indexOf(first) + 1) + " (" + first.name() + "): "
                    + first.kind() + " needs --baseline FILE (made by analyzer baseline)");
        }
        RunSet set = inputs.load(Optional.ofNullable(label), err);
        RunSetArguments.notes(set, err);
        if (!set.problems().isEmpty() || set.runs().isEmpty()) {
            return fail(err, set.runs().isEmpty() ? inputs.noMigration()
                    : "the gate is not checked while inputs cannot be used");
        }
        List<Path> read = new ArrayList<>(OutputCheck.paths(set.files()));
        read.add(rules);
        Optional.ofNullable(baseline).ifPresent(read::add);
        if (OutputCheck.refused(outputs().stream().map(Written::output).toList(), read, err)) {
            return ExitCodes.BAD_INPUT;
        }
        GateResult result = Gate.check(book, new GateContext(set, base));
        GateDocument document = new GateDocument(result, set.runs().size(),
                Optional.ofNullable(baseline).map(Path::toString), VersionProvider.version());
        if (!write(document, err)) {
            return ExitCodes.BAD_INPUT;
        }
        new TextGateReport(out, brief).render(document);
        err.flush();
        return result.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /** The files of --junit and --json, each the gate's results in one format. */
    private List<Written> outputs() {
        List<Written> outputs = new ArrayList<>();
        if (junit != null) {
            outputs.add(new Written(new OutputCheck.Output("--junit", junit), JUnitGateReport::new));
        }
        if (json != null) {
            outputs.add(new Written(new OutputCheck.Output("--json", json), JsonGateReport::new));
        }
        return outputs;
    }

    private record Written(OutputCheck.Output output, Function<Writer, Renderer<GateDocument>> renderer) {
    }

    /**
     * Writes --junit and --json, both or neither: each goes to a temporary file first, and only when
     * both are complete are they renamed over the targets. A CI job that finds one file new and the
     * other stale would report this gate with the last one's results. False, said on {@code err},
     * when a file could not be written.
     */
    private boolean write(GateDocument document, PrintWriter err) {
        List<Written> outputs = outputs();
        String none = outputs.size() > 1 ? "neither " + names(outputs, " nor ") + " was written" : "nothing was written";
        List<AtomicFile> files = new ArrayList<>();
        try {
            for (Written output : outputs) {
                try {
                    AtomicFile file = AtomicFile.create(output.output().path());
                    files.add(file);
                    Writer writer = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
                    output.renderer().apply(writer).render(document);
                    writer.flush();
                } catch (IOException e) {
                    failed(err, output, e, none);
                    return false;
                }
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    files.get(i).commit();
                } catch (IOException e) {
                    // A rename in one directory once the bytes are on the disk: rare, and said exactly.
                    failed(err, outputs.get(i), e, i == 0 ? none
                            : names(outputs.subList(0, i), " and ") + " written, " + outputs.get(i).output() + " not");
                    return false;
                }
            }
            return true;
        } finally {
            files.forEach(AtomicFile::close);
        }
    }

    private static void failed(PrintWriter err, Written output, IOException e, String what) {
        err.println("analyzer: " + output.output() + ": cannot be written: " + AtomicFile.describe(e) + "; " + what
                + " (an existing file is left as it was)");
        err.flush();
    }

    private static String names(List<Written> outputs, String separator) {
        return String.join(separator, outputs.stream().map(output -> output.output().toString()).toList());
    }

    private static int fail(PrintWriter err, String message) {
        err.println("analyzer: " + message);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
