package io.downtime.gate;

import io.downtime.runset.RunSet;
import io.downtime.runset.RunSetLoader;
import io.downtime.runset.RunSetOptions;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Rules written as a test writes them, checked on run sets of the real samples. */
public final class GateRules {
    private GateRules() {
    }

    public static RuleBook read(Path dir, String yaml) {
        try {
            Path file = Files.writeString(dir.resolve("rules.yaml"), "version: 1\nrules:\n" + yaml);
            return RulesFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RulesException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static RunSet samples(String... names) {
        List<String> paths = java.util.Arrays.stream(names).map(name -> SampleTraces.path(name).toString()).toList();
        return RunSetLoader.load(paths, RunSetOptions.defaults(), d -> { });
    }

    /** The one result of a one-rule book on a one-migration set. */
    public static RuleResult only(Path dir, String yaml, String sample) {
        GateResult result = Gate.check(read(dir, yaml), new GateContext(samples(sample), Optional.empty()));
        Assertions.assertEquals(1, result.results().size(), result.results().toString());
        return result.results().get(0);
    }
}
