package io.downtime.fleet.command;

import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.fleet.Arguments;
import io.downtime.fleet.FleetSession;
import io.downtime.fleet.UsageException;
import io.downtime.fleet.input.FleetInputs;
import io.downtime.fleet.task.StrictAsk;
import io.downtime.json.JsonDocument;
import io.downtime.report.words.SweepWords;
import io.downtime.strict.LimitRange;
import io.downtime.strict.Limits;
import io.downtime.strict.Policies;
import io.downtime.strict.Policy;
import io.downtime.strict.PolicySweep;
import io.downtime.strict.SweepGrid;
import io.downtime.strict.TargetAbortRate;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** {@code analyzer-fleet run}: reads every case of a manifest or of directory trees and writes the tables. */
public final class RunCommand {
    public static final String USAGE = """
            analyzer-fleet run (--manifest FILE [--manifest-format csv|json] | --runs PATH... [--label NAME])
                               --out DIR [--overwrite]
                               [--downtime-limit FROM:TO:STEP [--switchover-limit FROM:TO:STEP]]
                               [--verdicts-at DOWNTIME:SWITCHOVER]... [--policy rfc|total|source-ack|all]
                               [--target-abort-rate 1%] [--master URL] [--partitions N]
              Reads every migration of the manifest's rows (or of the run sets under the paths, as analyzer runs
              finds them), and writes the Parquet tables migrations, devices, phases, blackout_parts, verdicts,
              sweep and problems to DIR (docs/fleet.md). With limits: the sweep's grid, as analyzer sweep; verdicts at each
              --verdicts-at pair (by default the grid's one pair when it has one), as analyzer runs --downtime-limit.
            """;

    private static final Set<String> OPTIONS = Set.of("--manifest", "--manifest-format", "--runs", "--label", "--out",
            "--downtime-limit", "--switchover-limit", "--verdicts-at", "--policy", "--target-abort-rate", "--master",
            "--partitions");

    private RunCommand() {
    }

    public static int run(List<String> args, PrintWriter out, PrintWriter err, FleetSession sessions) {
        Arguments arguments = Arguments.parse(args, OPTIONS, Set.of("--overwrite"));
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected " + arguments.positional().get(0) + " (paths of run sets go with --runs)");
        }
        Optional<String> manifest = arguments.one("--manifest");
        List<String> runs = arguments.all("--runs");
        if (manifest.isPresent() == !runs.isEmpty()) {
            throw new UsageException("give either --manifest FILE or --runs PATH...");
        }
        if (manifest.isPresent() && arguments.one("--label").isPresent()) {
            throw new UsageException("--label goes with --runs; a manifest's columns label its rows");
        }
        String outDir = arguments.required("--out");
        StrictAsk strict = strict(arguments, err);
        int partitions = arguments.one("--partitions").map(RunCommand::positive).orElse(0);
        SparkSession spark = sessions.open("run", arguments.one("--master"));
        try {
            FleetOutput.prepare(outDir, arguments.flag("--overwrite"), spark.sparkContext().hadoopConfiguration());
            FleetInputs inputs = manifest.isPresent()
                    ? FleetInputs.manifest(spark, manifest.get(), arguments.one("--manifest-format"))
                    : FleetInputs.runSets(spark, runs, arguments.one("--label"));
            FleetJob.Written written = FleetJob.run(spark, inputs, strict, outDir, partitions, SaveMode.ErrorIfExists);
            try (Writer summary = FleetOutput.write(FleetOutput.summary(outDir), spark.sparkContext().hadoopConfiguration())) {
                summary(summary, manifest, runs, inputs.carried(), strict, written);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            print(out, outDir, written);
            long problems = written.rows().getOrDefault("problems", 0L);
            if (problems > 0) {
                err.println("analyzer-fleet: " + problems + " problems, rejected lines and notes: see the problems table"
                        + " (analyzer-fleet query " + outDir + " \"SELECT * FROM problems\")");
            }
            return 0;
        } finally {
            sessions.close(spark);
        }
    }

    private static StrictAsk strict(Arguments arguments, PrintWriter err) {
        List<Policy> policies = policies(arguments.one("--policy").orElse("all"));
        double target;
        try {
            target = TargetAbortRate.parse(arguments.one("--target-abort-rate").orElse("1%"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Optional<SweepGrid> grid = Optional.empty();
        Optional<String> downtime = arguments.one("--downtime-limit");
        Optional<String> switchover = arguments.one("--switchover-limit");
        if (downtime.isEmpty() && switchover.isPresent()) {
            throw new UsageException("--switchover-limit goes with --downtime-limit");
        }
        try {
            if (downtime.isPresent()) {
                grid = Optional.of(new SweepGrid(LimitRange.parse(downtime.get()), LimitRange.parse(switchover.orElse("0"))));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<Limits> verdicts = new ArrayList<>();
        for (String pair : arguments.all("--verdicts-at")) {
            verdicts.add(pair(pair));
        }
        if (verdicts.isEmpty() && grid.isPresent()) {
            List<Limits> cells = grid.get().cells();
            if (cells.size() == 1) {
                verdicts.add(cells.get(0));
            } else {
                err.println("analyzer-fleet: note: no --verdicts-at: the verdicts table stays empty (a full replay of every"
                        + " migration at each of the grid's " + cells.size() + " pairs would cost about as much as reading"
                        + " them again each time); the sweep counts every pair");
            }
        }
        return StrictAsk.of(grid, verdicts, policies, OptionalLong.empty(), target);
    }

    /** {@code 300:10}: downtime limit and switchover limit, ms; {@code 300} alone: switchover limit 0. */
    static Limits pair(String text) {
        String[] parts = text.split(":", -1);
        try {
            if (parts.length == 1) {
                return new Limits(Long.parseLong(parts[0].trim()), 0);
            }
            if (parts.length == 2) {
                return new Limits(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--verdicts-at " + text + ": " + e.getMessage());
        }
        throw new UsageException("--verdicts-at " + text + ": give DOWNTIME:SWITCHOVER in whole ms, e.g. 300:10");
    }

    static List<Policy> policies(String name) {
        if (name.equals("all")) {
            return Policies.all();
        }
        return List.of(Policies.named(name).orElseThrow(
                () -> new UsageException("'" + name + "' is not a policy: give rfc, total, source-ack or all")));
    }

    private static int positive(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--partitions " + text + ": give a whole number above 0");
    }

    private static void print(PrintWriter out, String outDir, FleetJob.Written written) {
        out.println("analyzer-fleet: " + written.cases() + " cases read, the tables written to " + outDir);
        written.rows().forEach((table, rows) -> out.println("  " + table + ": " + rows + " rows"));
        written.sweep().ifPresent(sweep -> {
            out.println(SweepWords.CAVEAT);
            for (PolicySweep policy : sweep.policies()) {
                out.println("  " + policy.policy() + ": " + SweepWords.recommendation(policy.recommendation()));
            }
        });
        out.flush();
    }

    private static void summary(Writer writer, Optional<String> manifest, List<String> runs, List<String> carried,
                                StrictAsk strict, FleetJob.Written written) throws IOException {
        JsonGenerator json = JsonDocument.begin(writer, "analyzer-fleet-run", 1);
        if (manifest.isPresent()) {
            json.writeStringField("manifest", manifest.get());
        } else {
            json.writeNullField("manifest");
        }
        json.writeArrayFieldStart("runs");
        for (String path : runs) {
            json.writeString(path);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("manifest_columns");
        for (String column : carried) {
            json.writeString(column);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("policies");
        for (String policy : strict.policies()) {
            json.writeString(policy);
        }
        json.writeEndArray();
        Optional<SweepGrid> grid = strict.sweepGrid();
        if (grid.isPresent()) {
            json.writeObjectFieldStart("grid");
            json.writeStringField("downtime_limit", grid.get().downtimeLimits().toString());
            json.writeStringField("switchover_limit", grid.get().switchoverLimits().toString());
            json.writeNumberField("target_abort_rate", strict.targetAbortRate());
            json.writeEndObject();
        } else {
            json.writeNullField("grid");
        }
        json.writeArrayFieldStart("verdicts_at");
        for (Limits limits : strict.verdictLimits()) {
            json.writeStartObject();
            json.writeNumberField("downtime_limit_ms", limits.downtimeLimitMs());
            json.writeNumberField("switchover_limit_ms", limits.switchoverLimitMs());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("cases", written.cases());
        json.writeObjectFieldStart("rows");
        for (Map.Entry<String, Long> table : written.rows().entrySet()) {
            json.writeNumberField(table.getKey(), table.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("recommendations");
        if (written.sweep().isPresent()) {
            for (PolicySweep policy : written.sweep().get().policies()) {
                json.writeStartObject();
                json.writeStringField("policy", policy.policy());
                json.writeStringField("statement", SweepWords.recommendation(policy.recommendation()));
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        JsonDocument.end(json);
    }
}
