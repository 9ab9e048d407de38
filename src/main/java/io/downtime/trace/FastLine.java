package io.downtime.trace;

import io.downtime.model.*;

import java.util.OptionalLong;

/**
 * The values {@link FastLineParser} read from one line, kept as plain fields until the event is built:
 * the line's number is known only then (the other thread reads a large file's odd blocks before the
 * lines before them are counted). The event built is the one {@link EventBuilder} builds from the grammar's tree.
 */
final class FastLine {
    EventKind kind;
    LineForm form;
    long micros;
    boolean hasTime;
    long id;
    boolean hasId;
    /**
     * The event's numbers, in the order its line prints them. Only those of the line's kind are read, and
     * {@link FastLineParser} writes each of them on every line it reads, so an array that held another
     * line's numbers may be read into ({@link FastLines#store}).
     */
    long[] values = new long[5];
    /** The event's name or id string, when it has one. */
    String text;
    /** {@code type=iterable}; {@code migrate_transferred} with {@code switchover_bw}. */
    boolean flag;

    TraceEvent event(LineRef where) {
        EventHeader header = new EventHeader(where, micros, hasTime, id, hasId, form);
        long[] v = values;
        return switch (kind) {
            case DEVICE_SAVE, DEVICE_LOAD -> new DeviceDowntime(header,
                    kind == EventKind.DEVICE_SAVE ? DeviceOperation.SAVE : DeviceOperation.LOAD,
                    flag ? SectionType.ITERABLE : SectionType.NON_ITERABLE, text, v[0], v[1]);
            case CHECKPOINT -> new Checkpoint(header, text);
            case STATE_CHANGE -> new StateChange(header, text);
            case DOWNTIME_SENT -> new DowntimeSent(header, v[0], v[1]);
            case DOWNTIME_RECEIVED -> new DowntimeReceived(header, v[0], v[1]);
            case DESTINATION_ABORT -> new DestinationAbort(header, v[0], v[1], v[2]);
            case BANDWIDTH_ESTIMATE -> new BandwidthEstimate(header, v[0], v[1], v[2],
                    flag ? OptionalLong.of(v[3]) : OptionalLong.empty(), v[4]);
            case PENDING_ESTIMATE -> new PendingSize(header, PendingMeasure.ESTIMATE, v[0], v[1], v[2]);
            case PENDING_EXACT -> new PendingSize(header, PendingMeasure.EXACT, v[0], v[1], v[2]);
            case SWITCHOVER_DECISION -> new SwitchoverDecision(header, v[0]);
            case SECTION_SAVE_START -> new SectionSaveStart(header, text, v[0]);
            case SECTION_SAVE_END -> new SectionSaveEnd(header, text, v[0], v[1]);
            case SECTION_READ -> new SectionRead(header, v[0]);
            case SECTION_LOAD_START -> new SectionLoadStart(header, v[0], text, v[1], v[2]);
            case SECTION_LOAD_PART_END -> new SectionLoadPartEnd(header, v[0]);
            case SECTION_COMMAND_LOADED, LOADVM_FINISHED -> new LoadResult(header, kind, v[0]);
            case COMMAND_RECEIVED -> new CommandReceived(header, text, v[0]);
            default -> new MigrationStep(header, kind);
        };
    }
}
