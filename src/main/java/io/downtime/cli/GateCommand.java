package io.downtime.cli;

import io.downtime.gate.Gate;
import io.downtime.gate.GateContext;
import io.downtime.gate.GateResult;
import io.downtime.gate.NoRegressionRule;
import io.downtime.gate.Rule;
import io.downtime.gate.RuleBook;
import io.downtime.gate.RulesException;
import io.downtime.gate.RulesFile;
import io.downtime.report.GateDocument;
import io.downtime.report.GateRenderer;
import io.downtime.report.JUnitGateReport;
import io.downtime.report.JsonGateReport;
import io.downtime.report.TextGateReport;
import io.downtime.runset.Baseline;
import io.downtime.runset.BaselineException;
import io.downtime.runset.BaselineFile;
import io.downtime.runset.RunSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        GateResult result = Gate.check(book, new GateContext(set, base));
        GateDocument document = new GateDocument(result, set.runs().size(),
                Optional.ofNullable(baseline).map(Path::toString), VersionProvider.version());
        try {
            if (junit != null) {
                write(junit, document, JUnitGateReport::new);
            }
            if (json != null) {
                write(json, document, JsonGateReport::new);
            }
        } catch (IOException e) {
            return fail(err, e.getMessage());
        }
        new TextGateReport(out).render(document);
        err.flush();
        return result.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private static void write(Path file, GateDocument document, Function<Writer, GateRenderer> renderer)
            throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            renderer.apply(writer).render(document);
        } catch (IOException e) {
            throw new IOException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("analyzer: " + message);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
