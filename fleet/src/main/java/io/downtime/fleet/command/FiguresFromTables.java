package io.downtime.fleet.command;

import io.downtime.blackout.BlackoutUnavailable;
import io.downtime.blackout.DeviceKey;
import io.downtime.blackout.DeviceTimes;
import io.downtime.analysis.MilestoneKind;
import io.downtime.clock.AlignmentQuality;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.fleet.table.FleetTables;
import io.downtime.model.SectionType;
import io.downtime.outcome.EndedIn;
import io.downtime.outcome.GuestStopped;
import io.downtime.outcome.MigrationResult;
import io.downtime.outcome.OutcomeKind;
import io.downtime.run.MigrationMode;
import io.downtime.run.Role;
import io.downtime.run.RunStatus;
import io.downtime.runset.PhaseKey;
import io.downtime.runset.PhaseTime;
import io.downtime.runset.MigrationColumns;
import io.downtime.runset.RunFigures;
import io.downtime.runset.RunRef;
import io.downtime.why.DecisionGap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A migration's figures ({@link RunFigures}, what {@code analyzer compare} compares) read back from the
 * {@code migrations}, {@code phases} and {@code devices} tables: every value the tables hold, exactly, so that
 * {@link io.downtime.compare.RunSetComparer} judges the fleet's migrations as it judges a run set's.
 */
final class FiguresFromTables {
    static final String DEVICES = "_devices";
    static final String PHASES = "_phases";

    private FiguresFromTables() {
    }

    /**
     * One row per migration of {@code migrations}, with its devices and phases as arrays in the report's order.
     */
    static Dataset<Row> joined(Dataset<Row> migrations, Dataset<Row> devices, Dataset<Row> phases) {
        Dataset<Row> deviceArrays = devices.groupBy(FleetTables.ID, "migration").agg(functions.array_sort(
                functions.collect_list(functions.struct(columns("position", "host", "idstr", "instance_id",
                        "section_type", "us", "lines", "after_guest_started")))).as(DEVICES));
        Dataset<Row> phaseArrays = phases.groupBy(FleetTables.ID, "migration").agg(functions.array_sort(
                functions.collect_list(functions.struct(columns("position", "from_host", "from_kind", "from",
                        "to_host", "to_kind", "to", "occurrence", "duration_low_us", "duration_high_us",
                        "duration_estimate_us", "in_blackout")))).as(PHASES));
        List<String> key = List.of(FleetTables.ID, "migration");
        return migrations.join(deviceArrays, scala.jdk.javaapi.CollectionConverters.asScala(key).toSeq(), "left")
                .join(phaseArrays, scala.jdk.javaapi.CollectionConverters.asScala(key).toSeq(), "left")
                .orderBy(FleetTables.ID, "migration");
    }

    /** @param label the side's label; {@code migrations} how many migrations the row's case holds */
    static RunFigures of(Row row, String label, int migrations) {
        RunRef ref = new RunRef(label, row.getAs(FleetTables.ID), row.<Integer>getAs("migration"), migrations);
        Long estimate = row.getAs("blackout_estimate_us");
        Optional<Estimate> blackout = estimate == null ? Optional.empty() : Optional.of(new Estimate(
                new Interval(optional(row.getAs("blackout_low_us")), optional(row.getAs("blackout_high_us"))),
                OptionalLong.of(estimate)));
        return new RunFigures(ref, label(MigrationMode.values(), MigrationMode::label, row.getAs("mode")),
                Optional.ofNullable(row.<String>getAs("source_status")).map(s -> label(RunStatus.values(), RunStatus::label, s)),
                Optional.ofNullable(row.<String>getAs("destination_status"))
                        .map(s -> label(RunStatus.values(), RunStatus::label, s)),
                label(AlignmentQuality.values(), AlignmentQuality::label, row.getAs("clock")), blackout,
                // Stored as text: said back as it was.
                Optional.ofNullable(row.<String>getAs("blackout_unavailable")).map(BlackoutUnavailable.Recorded::new),
                optional(row.getAs("qemu_downtime_us")),
                phases(row), devices(row), new OutcomeKind(
                        label(MigrationResult.values(), MigrationResult::label, row.getAs("outcome")),
                        Optional.ofNullable(row.<String>getAs("ended_in")).map(s -> label(EndedIn.values(), EndedIn::label, s)),
                        label(GuestStopped.values(), GuestStopped::label, row.getAs("guest_stopped"))),
                optional(row.getAs(MigrationColumns.EXPECTED_DOWNTIME)),
                // Stored as text too.
                Optional.ofNullable(row.<String>getAs("expected_downtime_unavailable")).map(DecisionGap.Recorded::new));
    }

    private static List<PhaseTime> phases(Row row) {
        List<PhaseTime> phases = new ArrayList<>();
        if (row.isNullAt(row.fieldIndex(PHASES))) {
            return phases;
        }
        for (Row phase : row.<Row>getList(row.fieldIndex(PHASES))) {
            PhaseKey key = new PhaseKey(host(phase.getAs("from_host")),
                    label(MilestoneKind.values(), MilestoneKind::label, phase.getAs("from_kind")), phase.getAs("from"),
                    host(phase.getAs("to_host")), label(MilestoneKind.values(), MilestoneKind::label, phase.getAs("to_kind")),
                    phase.getAs("to"), phase.<Integer>getAs("occurrence"));
            Estimate duration = new Estimate(new Interval(optional(phase.getAs("duration_low_us")),
                    optional(phase.getAs("duration_high_us"))), optional(phase.getAs("duration_estimate_us")));
            phases.add(new PhaseTime(key, duration, phase.<Boolean>getAs("in_blackout")));
        }
        return phases;
    }

    /** A device's two rows (its save on the source, its load on the destination) back into one. */
    private static List<DeviceTimes> devices(Row row) {
        List<DeviceTimes> devices = new ArrayList<>();
        if (row.isNullAt(row.fieldIndex(DEVICES))) {
            return devices;
        }
        List<Row> sides = row.getList(row.fieldIndex(DEVICES));
        for (int i = 0; i < sides.size(); ) {
            Row first = sides.get(i);
            int position = first.getAs("position");
            DeviceKey key = new DeviceKey(first.getAs("idstr"), first.<Long>getAs("instance_id"),
                    label(SectionType.values(), SectionType::traceName, first.getAs("section_type")));
            OptionalLong save = OptionalLong.empty();
            OptionalLong load = OptionalLong.empty();
            int saves = 0;
            int loads = 0;
            boolean late = false;
            for (; i < sides.size() && sides.get(i).<Integer>getAs("position") == position; i++) {
                Row side = sides.get(i);
                if (host(side.getAs("host")) == Role.SOURCE) {
                    save = OptionalLong.of(side.<Long>getAs("us"));
                    saves = side.getAs("lines");
                } else {
                    load = OptionalLong.of(side.<Long>getAs("us"));
                    loads = side.getAs("lines");
                    late = side.<Boolean>getAs("after_guest_started");
                }
            }
            devices.add(new DeviceTimes(key, save, load, saves, loads, late));
        }
        return devices;
    }

    private static Role host(String abbreviation) {
        return label(Role.values(), Role::abbreviation, abbreviation);
    }

    private static <E> E label(E[] values, Function<E, String> label, String text) {
        for (E value : values) {
            if (label.apply(value).equals(text)) {
                return value;
            }
        }
        throw new IllegalStateException("'" + text + "' is not a value the tables are written with");
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Column[] columns(String... names) {
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(functions.col(name));
        }
        return columns.toArray(Column[]::new);
    }
}
