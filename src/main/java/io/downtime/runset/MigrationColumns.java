package io.downtime.runset;

import io.downtime.clock.ClockAlignment;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.model.LineRef;
import io.downtime.model.QemuMessage;
import io.downtime.outcome.Cause;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.MigrationOutcome;
import io.downtime.run.MigrationPair;
import io.downtime.run.Run;
import io.downtime.run.RunStatus;
import io.downtime.why.Decision;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.LimitCheck;
import io.downtime.why.PartKind;
import io.downtime.why.Why;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One migration of a run set as flat, typed columns: the columns of the fleet job's {@code migrations}
 * table (docs/fleet.md) and what the metrics of {@code analyzer runs --format openmetrics} are taken from.
 * Every value is one of the figures {@code analyzer runs --format json} writes, or of the report's JSON
 * (clock alignment, roles, switchover decision, prediction), taken from the same analysis; a value that is
 * absent is {@code null}. A new figure of a migration becomes a column here, and so of the fleet's table.
 */
public final class MigrationColumns {
    /** The type of a column's values. */
    public enum Type {
        STRING, INT, LONG
    }

    /**
     * One column.
     *
     * @param value its value for one migration: a {@code String}, {@code Integer} or {@code Long} as the type
     *              says, or null
     */
    public record Column(String name, Type type, Function<SetMigration, Object> value) {
    }

    public static final String OUTCOME = "outcome";
    public static final String ENDED_IN = "ended_in";
    public static final String SOURCE_STATUS = "source_status";
    public static final String DESTINATION_STATUS = "destination_status";
    public static final String BLACKOUT_ESTIMATE = "blackout_estimate_us";
    public static final String EXPECTED_DOWNTIME = "expected_downtime_us";

    /** In the order of the table; a reason in the words of {@code reasons}. */
    public static List<Column> all(StoredReasons reasons) {
        return List.of(
                new Column("migration", Type.INT, run -> run.ref().migration()),
                new Column("source_run", Type.STRING, run -> pair(run).source().map(r -> r.id().toString()).orElse(null)),
                new Column("destination_run", Type.STRING,
                        run -> pair(run).destination().map(r -> r.id().toString()).orElse(null)),
                new Column("source_role_basis", Type.STRING, run -> pair(run).source().map(MigrationColumns::roleBasis).orElse(null)),
                new Column("destination_role_basis", Type.STRING,
                        run -> pair(run).destination().map(MigrationColumns::roleBasis).orElse(null)),
                new Column(OUTCOME, Type.STRING, run -> outcome(run).result().label()),
                new Column(ENDED_IN, Type.STRING, run -> outcome(run).endedIn().map(EndedIn::label).orElse(null)),
                new Column("guest_stopped", Type.STRING, run -> outcome(run).guestStopped().label()),
                new Column("cause_host", Type.STRING, run -> outcome(run).cause().map(cause -> cause.host().label()).orElse(null)),
                new Column("cancel_origin", Type.STRING, run -> outcome(run).cause().filter(Cause.Cancel.class::isInstance)
                        .map(cause -> ((Cause.Cancel) cause).cancel().origin().label()).orElse(null)),
                new Column("qemu_error", Type.STRING, run -> outcome(run).cause().filter(Cause.QemuError.class::isInstance)
                        .map(cause -> ((Cause.QemuError) cause).message())
                        .filter(QemuMessage.class::isInstance).map(message -> ((QemuMessage) message).text()).orElse(null)),
                new Column("into_phase_us", Type.LONG, run -> value(outcome(run).intoPhase())),
                new Column("stopped_on_source_low_us", Type.LONG,
                        run -> outcome(run).stoppedOnSource().map(stopped -> value(stopped.low())).orElse(null)),
                new Column("stopped_on_source_high_us", Type.LONG,
                        run -> outcome(run).stoppedOnSource().map(stopped -> value(stopped.high())).orElse(null)),
                new Column(SOURCE_STATUS, Type.STRING, run -> run.figures().sourceStatus().map(RunStatus::label).orElse(null)),
                new Column(DESTINATION_STATUS, Type.STRING,
                        run -> run.figures().destinationStatus().map(RunStatus::label).orElse(null)),
                new Column("mode", Type.STRING, run -> run.figures().mode().label()),
                new Column("paired", Type.STRING, run -> pair(run).basis().label()),
                new Column("pairing", Type.STRING, run -> reasons.pairing().apply(pair(run).how())),
                new Column("clock", Type.STRING, run -> run.figures().clock().label()),
                new Column("offset_low_us", Type.LONG, run -> value(clock(run).offset().low())),
                new Column("offset_high_us", Type.LONG, run -> value(clock(run).offset().high())),
                new Column("offset_estimate_us", Type.LONG, run -> value(clock(run).estimate())),
                new Column("blackout_low_us", Type.LONG, run -> blackout(run, Interval::low)),
                new Column("blackout_high_us", Type.LONG, run -> blackout(run, Interval::high)),
                new Column(BLACKOUT_ESTIMATE, Type.LONG,
                        run -> run.figures().blackout().map(estimate -> value(estimate.value())).orElse(null)),
                new Column("blackout_unavailable", Type.STRING, run -> run.figures().blackoutUnavailable().map(reasons.blackout()).orElse(null)),
                new Column("qemu_downtime_us", Type.LONG, run -> value(run.figures().qemuDowntime())),
                new Column("rejected_lines", Type.LONG, SetMigration::rejectedLines),
                new Column("decision", Type.STRING, run -> decision(run).kind().label()),
                new Column("decision_line", Type.STRING, run -> decision(run).line().map(LineRef::toString).orElse(null)),
                new Column("bandwidth_bytes_per_ms", Type.LONG, run -> value(decision(run).bandwidth().value())),
                new Column("switchover_bandwidth_bytes_per_ms", Type.LONG,
                        run -> value(decision(run).switchoverBandwidth().value())),
                new Column("threshold_bytes", Type.LONG, run -> value(decision(run).threshold().value())),
                new Column("downtime_limit_us", Type.LONG,
                        run -> decision(run).limit().map(DowntimeLimit::micros).orElse(null)),
                new Column("downtime_limit_source", Type.STRING,
                        run -> decision(run).limit().map(limit -> limit.source().label()).orElse(null)),
                new Column("pending_bytes", Type.LONG, run -> value(decision(run).pending().value())),
                new Column(EXPECTED_DOWNTIME, Type.LONG, run -> value(decision(run).expectedDowntimeMicros().value())),
                new Column("expected_downtime_unavailable", Type.STRING,
                        run -> decision(run).expectedDowntimeMicros().missing().map(reasons.expected()).orElse(null)),
                new Column("prediction_error_low_us", Type.LONG, run -> predictionError(run, Interval::low)),
                new Column("prediction_error_high_us", Type.LONG, run -> predictionError(run, Interval::high)),
                new Column("prediction_error_estimate_us", Type.LONG, run -> why(run).prediction().error()
                        .map(error -> value(error.value())).orElse(null)),
                new Column("limit_verdict", Type.STRING,
                        run -> why(run).prediction().limit().map(check -> check.verdict().label()).orElse(null)),
                new Column("pushed_over_by", Type.STRING, run -> why(run).prediction().limit()
                        .flatMap(LimitCheck::pushedOverBy).map(PartKind::label).orElse(null)));
    }

    private MigrationColumns() {
    }

    /** The column named {@code name} of {@code columns} (the table's, {@link #all}). */
    public static Column named(List<Column> columns, String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no migration column " + name));
    }

    private static MigrationPair pair(SetMigration run) {
        return run.analysis().migration().pair();
    }

    private static ClockAlignment clock(SetMigration run) {
        return run.analysis().migration().clock();
    }

    private static String roleBasis(Run run) {
        return run.role().basis().label();
    }

    private static MigrationOutcome outcome(SetMigration run) {
        return run.analysis().outcome();
    }

    private static Why why(SetMigration run) {
        return run.analysis().why();
    }

    private static Decision decision(SetMigration run) {
        return why(run).decision();
    }

    private static Long predictionError(SetMigration run, Function<Interval, OptionalLong> end) {
        return why(run).prediction().error().map(error -> value(end.apply(error.bounds()))).orElse(null);
    }

    private static Long blackout(SetMigration run, Function<Interval, OptionalLong> end) {
        Optional<Estimate> blackout = run.figures().blackout();
        return blackout.map(estimate -> value(end.apply(estimate.bounds()))).orElse(null);
    }

    private static Long value(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
