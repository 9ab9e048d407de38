package io.downtime.fleet.table;

import io.downtime.report.words.ReplayWords;
import io.downtime.blackout.DeviceTimes;
import io.downtime.clock.Estimate;
import io.downtime.run.Role;
import io.downtime.report.words.StoredReasonWords;
import io.downtime.runset.MigrationColumns;
import io.downtime.runset.PhaseTime;
import io.downtime.strict.Firing;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.VerdictClass;
import io.downtime.why.PartKind;
import io.downtime.why.Span;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The output tables' columns (docs/fleet.md defines every one). Each table starts with the manifest's
 * {@code id} and ends with the manifest's other columns; these are the columns in between.
 */
public final class FleetTables {
    public static final String ID = "id";

    public static final TableShape<MigrationRow> MIGRATIONS = migrations();

    public static final TableShape<DeviceRow> DEVICES = new TableShape<>("devices", List.of(
            new Column<>("migration", DataTypes.IntegerType, DeviceRow::migration),
            new Column<>("position", DataTypes.IntegerType, DeviceRow::position),
            new Column<>("host", DataTypes.StringType, row -> row.host().abbreviation()),
            new Column<>("operation", DataTypes.StringType, row -> row.host() == Role.SOURCE ? "save" : "load"),
            new Column<>("idstr", DataTypes.StringType, row -> row.device().key().idstr()),
            new Column<>("instance_id", DataTypes.LongType, row -> row.device().key().instanceId()),
            new Column<>("section_type", DataTypes.StringType, row -> row.device().key().type().traceName()),
            new Column<>("us", DataTypes.LongType, row -> boxed(side(row, DeviceTimes::save, DeviceTimes::load))),
            new Column<>("lines", DataTypes.IntegerType,
                    row -> row.host() == Role.SOURCE ? row.device().saves() : row.device().loads()),
            new Column<>("after_guest_started", DataTypes.BooleanType,
                    row -> row.host() == Role.SOURCE ? null : row.device().loadAfterGuestStarted())));

    public static final TableShape<PhaseRow> PHASES = new TableShape<>("phases", List.of(
            new Column<>("migration", DataTypes.IntegerType, PhaseRow::migration),
            new Column<>("position", DataTypes.IntegerType, PhaseRow::position),
            new Column<>("phase", DataTypes.StringType, row -> row.phase().key().label()),
            new Column<>("hosts", DataTypes.StringType, row -> row.phase().key().hosts()),
            new Column<>("from_host", DataTypes.StringType, row -> row.phase().key().fromHost().abbreviation()),
            new Column<>("from_kind", DataTypes.StringType, row -> row.phase().key().fromKind().label()),
            new Column<>("from", DataTypes.StringType, row -> row.phase().key().from()),
            new Column<>("to_host", DataTypes.StringType, row -> row.phase().key().toHost().abbreviation()),
            new Column<>("to_kind", DataTypes.StringType, row -> row.phase().key().toKind().label()),
            new Column<>("to", DataTypes.StringType, row -> row.phase().key().to()),
            new Column<>("occurrence", DataTypes.IntegerType, row -> row.phase().key().occurrence()),
            new Column<>("duration_low_us", DataTypes.LongType, row -> boxed(duration(row).bounds().low())),
            new Column<>("duration_high_us", DataTypes.LongType, row -> boxed(duration(row).bounds().high())),
            new Column<>("duration_estimate_us", DataTypes.LongType, row -> boxed(duration(row).value())),
            new Column<>("in_blackout", DataTypes.BooleanType, row -> row.phase().inBlackout())));

    public static final TableShape<VerdictRow> VERDICTS = new TableShape<>("verdicts", List.of(
            new Column<>("migration", DataTypes.IntegerType, VerdictRow::migration),
            new Column<>("policy", DataTypes.StringType, row -> row.verdict().policy()),
            new Column<>("downtime_limit_ms", DataTypes.LongType, row -> row.verdict().limits().downtimeLimitMs()),
            new Column<>("switchover_limit_ms", DataTypes.LongType, row -> row.verdict().limits().switchoverLimitMs()),
            new Column<>("abort_limit_ms", DataTypes.LongType, row -> row.verdict().limits().abortLimitMs()),
            new Column<>("promised_limit_ms", DataTypes.LongType, row -> row.verdict().promisedLimitMs()),
            new Column<>("unreplayable", DataTypes.StringType, row -> row.verdict().unreplayable().map(ReplayWords::unreplayable).orElse(null)),
            new Column<>("fired", DataTypes.StringType, row -> row.verdict().outcome().fired().label()),
            new Column<>("class", DataTypes.StringType,
                    row -> row.verdict().outcome().decided().map(VerdictClass::label).orElse(null)),
            new Column<>("possible_classes", DataTypes.createArrayType(DataTypes.StringType, false),
                    row -> ScalaLists.of(row.verdict().outcome().possibleClasses().stream().map(VerdictClass::label).toList())),
            new Column<>("host", DataTypes.StringType, row -> first(row, firing -> firing.at().host().label())),
            new Column<>("at_kind", DataTypes.StringType, row -> first(row, firing -> firing.at().site().kind().label())),
            new Column<>("at_name", DataTypes.StringType, row -> first(row, firing -> firing.at().site().name())),
            new Column<>("at_line", DataTypes.StringType, row -> first(row, firing -> firing.at().where().toString())),
            new Column<>("at_low_us", DataTypes.LongType,
                    row -> first(row, firing -> boxed(firing.sinceStart().bounds().low()))),
            new Column<>("at_high_us", DataTypes.LongType,
                    row -> first(row, firing -> boxed(firing.sinceStart().bounds().high()))),
            new Column<>("perceived_low_us", DataTypes.LongType, row -> first(row, firing -> firing.perceived().lowMicros())),
            new Column<>("perceived_high_us", DataTypes.LongType,
                    row -> first(row, firing -> boxed(firing.perceived().highMicros()))),
            new Column<>("consequence", DataTypes.StringType,
                    row -> first(row, firing -> firing.consequence().name().toLowerCase(Locale.ROOT).replace('_', '-'))),
            new Column<>("judged_against", DataTypes.StringType, row -> row.verdict().judgedAgainst().kind().label()),
            new Column<>("judged_low_us", DataTypes.LongType, row -> boxed(row.verdict().judgedAgainst().micros().low())),
            new Column<>("judged_high_us", DataTypes.LongType,
                    row -> boxed(row.verdict().judgedAgainst().micros().high()))));

    public static final TableShape<PartRow> BLACKOUT_PARTS = new TableShape<>("blackout_parts", List.of(
            new Column<>("migration", DataTypes.IntegerType, PartRow::migration),
            new Column<>("position", DataTypes.IntegerType, PartRow::position),
            new Column<>("part", DataTypes.StringType, row -> row.part().kind().label()),
            new Column<>("duration_low_us", DataTypes.LongType, row -> boxed(row.part().duration().bounds().low())),
            new Column<>("duration_high_us", DataTypes.LongType, row -> boxed(row.part().duration().bounds().high())),
            new Column<>("duration_estimate_us", DataTypes.LongType, row -> boxed(row.part().duration().value())),
            new Column<>("in_qemu_estimate", DataTypes.BooleanType, row -> row.part().kind().inQemuEstimate()),
            new Column<>("overlapped", DataTypes.BooleanType, row -> row.part().overlapped()),
            new Column<>("from", DataTypes.StringType, row -> span(row, span -> span.from().name())),
            new Column<>("from_line", DataTypes.StringType, row -> span(row, span -> span.from().line().toString())),
            new Column<>("to", DataTypes.StringType, row -> span(row, span -> span.to().name())),
            new Column<>("to_line", DataTypes.StringType, row -> span(row, span -> span.to().line().toString())),
            new Column<>("top_device", DataTypes.StringType,
                    row -> row.part().devices().isEmpty() ? null : row.part().devices().get(0).key().idstr()),
            new Column<>("top_device_us", DataTypes.LongType,
                    row -> row.part().devices().isEmpty() ? null : row.part().devices().get(0).micros())));

    public static final TableShape<ProblemRow> PROBLEMS = new TableShape<>("problems", List.of(
            new Column<>("kind", DataTypes.StringType, ProblemRow::kind),
            new Column<>("input", DataTypes.StringType, ProblemRow::input),
            new Column<>("line", DataTypes.LongType, ProblemRow::line),
            new Column<>("column", DataTypes.IntegerType, ProblemRow::column),
            new Column<>("message", DataTypes.StringType, ProblemRow::message)));

    public static final TableShape<SweepRow> SWEEP = new TableShape<>("sweep", List.of(
            new Column<>("policy", DataTypes.StringType, SweepRow::policy),
            new Column<>("downtime_limit_ms", DataTypes.LongType, row -> row.cell().limits().downtimeLimitMs()),
            new Column<>("switchover_limit_ms", DataTypes.LongType, row -> row.cell().limits().switchoverLimitMs()),
            new Column<>("abort_limit_ms", DataTypes.LongType, row -> row.cell().limits().abortLimitMs()),
            new Column<>("promised_limit_ms", DataTypes.LongType, row -> row.cell().promisedLimitMs()),
            new Column<>("runs", DataTypes.IntegerType, row -> row.cell().runs()),
            new Column<>("fired", DataTypes.IntegerType, row -> row.cell().fired()),
            new Column<>("may_fire", DataTypes.IntegerType, row -> row.cell().mayFire()),
            new Column<>("missed", DataTypes.IntegerType, row -> row.cell().missed()),
            new Column<>("may_miss", DataTypes.IntegerType, row -> row.cell().mayMiss()),
            new Column<>("needless", DataTypes.IntegerType, row -> row.cell().needless()),
            new Column<>("may_needless", DataTypes.IntegerType, row -> row.cell().mayNeedless()),
            new Column<>("recommended", DataTypes.BooleanType, SweepRow::recommended)));

    /** The tables of every case, in the order they are written; the sweep is written apart, from its cells. */
    public static final List<TableShape<?>> PER_CASE = List.of(MIGRATIONS, DEVICES, PHASES, BLACKOUT_PARTS, VERDICTS,
            PROBLEMS);

    private FleetTables() {
    }

    /** Every column name of every table: a manifest column may not reuse one. */
    public static List<String> reservedNames() {
        List<String> names = new ArrayList<>(List.of(ID));
        for (TableShape<?> table : List.of(MIGRATIONS, DEVICES, PHASES, BLACKOUT_PARTS, VERDICTS, PROBLEMS, SWEEP)) {
            table.names().stream().filter(name -> !names.contains(name)).forEach(names::add);
        }
        return names;
    }

    private static TableShape<MigrationRow> migrations() {
        List<Column<MigrationRow>> columns = new ArrayList<>();
        for (MigrationColumns.Column column : MigrationColumns.all(StoredReasonWords.SENTENCES)) {
            columns.add(new Column<>(column.name(), type(column.type()), row -> column.value().apply(row.run())));
        }
        columns.add(new Column<>("strict_unreplayable", DataTypes.StringType, row -> row.strictUnreplayable().map(ReplayWords::unreplayable).orElse(null)));
        return new TableShape<>("migrations", columns);
    }

    private static DataType type(MigrationColumns.Type type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
        };
    }

    private static OptionalLong side(DeviceRow row, Function<DeviceTimes, OptionalLong> save,
                                     Function<DeviceTimes, OptionalLong> load) {
        return row.host() == Role.SOURCE ? save.apply(row.device()) : load.apply(row.device());
    }

    private static Estimate duration(PhaseRow row) {
        PhaseTime phase = row.phase();
        return phase.duration();
    }

    private static Object first(VerdictRow row, Function<Firing, Object> value) {
        Optional<Firing> first = row.verdict().first();
        return first.map(value).orElse(null);
    }

    /** A named part's one span; the unattributed part's stretches are many, and not listed here. */
    private static Object span(PartRow row, Function<Span, Object> value) {
        return row.part().kind() == PartKind.UNATTRIBUTED || row.part().spans().isEmpty() ? null
                : value.apply(row.part().spans().get(0));
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
