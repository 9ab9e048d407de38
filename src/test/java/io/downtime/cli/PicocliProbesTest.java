package io.downtime.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The picocli converters {@link PicocliProbes} leaves out: no command needs them, and they are gone. */
class PicocliProbesTest {

    /** Every option and parameter of every command, its element types included (a {@code List<Path>}'s Path). */
    @Test
    void noOptionOfAnyCommandHasATypeWhoseConverterIsLeftOut() {
        Pattern excluded = Pattern.compile(PicocliProbes.EXCLUDED_CONVERTERS);
        List<String> types = new ArrayList<>();
        collect(AnalyzerCommand.commandLine(), types);
        // the tree's own types are there: the check looks at what it should
        assertTrue(types.contains("java.nio.file.Path"), types.toString());
        assertTrue(types.contains("long"), types.toString());
        assertTrue(types.contains("io.downtime.cli.PageFormat"), types.toString());
        for (String type : types) {
            assertFalse(excluded.matcher(type).matches(), type + " has no converter once picocli leaves out " + excluded);
        }
        // and the expression does match what it is meant to leave out
        assertTrue(excluded.matcher("java.time.MonthDay").matches());
        assertTrue(excluded.matcher("java.sql.Timestamp").matches());
        assertFalse(excluded.matcher("java.nio.file.Path").matches());
    }

    /** With the properties set (as every command line this tool builds sets them), a java.time option finds no converter. */
    @Test
    void theLeftOutConvertersAreGone() {
        AnalyzerCommand.commandLine("events");
        assertEquals(PicocliProbes.EXCLUDED_CONVERTERS, System.getProperty("picocli.converters.excludes"));
        assertEquals("true", System.getProperty("picocli.disable.closures"));
        CommandLine withDuration = new CommandLine(new WithDuration());
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> withDuration.parseArgs("--wait", "PT1S"));
        assertTrue(e.getMessage().contains("java.time.Duration"), e.getMessage());
    }

    @CommandLine.Command(name = "with-duration")
    static final class WithDuration {
        @CommandLine.Option(names = "--wait")
        Duration wait;
    }

    private static void collect(CommandLine commandLine, List<String> types) {
        CommandSpec spec = commandLine.getCommandSpec();
        for (ArgSpec arg : spec.args()) {
            types.add(arg.type().getName());
            for (Class<?> auxiliary : arg.auxiliaryTypes()) {
                types.add(auxiliary.getName());
            }
        }
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            collect(subcommand, types);
        }
    }
}
