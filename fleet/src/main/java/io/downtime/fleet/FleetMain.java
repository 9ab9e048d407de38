package io.downtime.fleet;

import io.downtime.fleet.command.CompareCommand;
import io.downtime.fleet.command.MetricsCommand;
import io.downtime.fleet.command.QueryCommand;
import io.downtime.fleet.command.RunCommand;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code analyzer-fleet}: the analyzer's figures over a fleet's migrations, on Apache Spark (docs/fleet.md).
 * Exit codes as the analyzer's: 0 success, 2 bad usage.
 */
public final class FleetMain {
    public static final int OK = 0;
    public static final int BAD_USAGE = 2;

    static final String USAGE = "Usage: analyzer-fleet COMMAND ...   (docs/fleet.md)\n\n" + RunCommand.USAGE + "\n"
            + QueryCommand.USAGE + "\n" + CompareCommand.USAGE + "\n" + MetricsCommand.USAGE;

    private FleetMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(Arrays.asList(args), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(List<String> args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, FleetSession.perCommand());
    }

    /** Runs one command in the sessions given; the tests call this in-process with one shared session. */
    public static int run(List<String> args, PrintWriter out, PrintWriter err, FleetSession sessions) {
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
            (args.isEmpty() ? err : out).print(USAGE);
            (args.isEmpty() ? err : out).flush();
            return args.isEmpty() ? BAD_USAGE : OK;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "run" -> RunCommand.run(rest, out, err, sessions);
                case "query" -> QueryCommand.run(rest, out, err, sessions);
                case "compare" -> CompareCommand.run(rest, out, err, sessions);
                case "metrics" -> MetricsCommand.run(rest, out, err, sessions);
                default -> throw new UsageException("unknown command " + args.get(0) + ": run, query, compare or metrics");
            };
        } catch (UsageException e) {
            out.flush();
            err.println("analyzer-fleet: " + e.getMessage());
            err.println("(analyzer-fleet --help lists the commands and their options)");
            err.flush();
            return BAD_USAGE;
        }
    }
}
