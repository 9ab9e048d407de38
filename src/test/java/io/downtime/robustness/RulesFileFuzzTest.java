package io.downtime.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.downtime.gate.Gate;
import io.downtime.gate.GateContext;
import io.downtime.gate.GateResult;
import io.downtime.gate.Rule;
import io.downtime.gate.RuleBook;
import io.downtime.gate.RulesException;
import io.downtime.gate.RulesFile;
import io.downtime.runset.Baseline;
import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.testing.SampleTraces;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of the rules-file reader (issue 14): any bytes, read as a YAML rules file
 * and as a JSON one. Seeds are the rules files of docs/gate.md and one of every kind
 * ({@code RulesFileFuzzTestInputs/}); {@code JAZZER_FUZZ=1} fuzzes (docs/robustness.md).
 *
 * <p>What must hold: the reader returns rules or refuses with a {@link RulesException}, nothing else
 * escapes; a refusal names the file first, then where ({@code line:column}, both from 1) when there
 * is a where, then a message; rules read are at least one, of version 1, named uniquely with letters,
 * digits, - and _; and the gate checks them on a real migration (sample-traces/dst-stalled-400ms,
 * with a baseline of itself) without an exception, every rule giving a result.
 */
class RulesFileFuzzTest {
    private static final Path YAML = ReaderFuzzTest.temporaryFile("rules-fuzz", ".yaml");
    private static final Path JSON = ReaderFuzzTest.temporaryFile("rules-fuzz", ".json");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final GateContext CONTEXT = context();

    @FuzzTest(maxDuration = "5s")
    void readAnyRulesFile(byte[] bytes) {
        for (Path file : List.of(YAML, JSON)) {
            ReaderFuzzTest.write(file, bytes);
            RuleBook book;
            try {
                book = RulesFile.read(file);
            } catch (RulesException e) {
                checkMessage(file, e.getMessage());
                continue;
            }
            assertEquals(1, book.version());
            assertFalse(book.rules().isEmpty(), "a rules file has a rule");
            Set<String> names = new HashSet<>();
            for (Rule rule : book.rules()) {
                assertTrue(NAME.matcher(rule.name()).matches(), rule.name());
                assertTrue(names.add(rule.name()), () -> "two rules named " + rule.name());
            }
            GateResult result = Gate.check(book, CONTEXT);
            for (Rule rule : book.rules()) {
                assertTrue(result.results().stream().anyMatch(r -> r.rule() == rule), () -> rule.name() + " gave no result");
            }
        }
    }

    /** {@code FILE: message} or {@code FILE:LINE:COLUMN: message}. */
    static void checkMessage(Path file, String message) {
        Matcher where = Pattern.compile(Pattern.quote(file.toString()) + "(?::(\\d+):(\\d+))?: \\S.*", Pattern.DOTALL)
                .matcher(message);
        assertTrue(where.matches(), () -> "not FILE[:LINE:COLUMN]: MESSAGE: " + message);
        if (where.group(1) != null) {
            assertTrue(Long.parseLong(where.group(1)) >= 1 && Long.parseLong(where.group(2)) >= 1, message);
        }
    }

    private static GateContext context() {
        RunSet set = RunSetLoader.load(List.of(SampleTraces.path("dst-stalled-400ms").toString()), RunSetOptions.defaults(),
                diagnostic -> { });
        return new GateContext(set, Optional.of(new Baseline("fuzz", "itself", "auto", "auto", List.of(), set.figures())));
    }
}
