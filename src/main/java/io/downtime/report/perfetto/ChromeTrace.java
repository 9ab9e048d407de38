package io.downtime.report.perfetto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.downtime.json.JsonDocument;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A trace in Chrome's Trace Event Format (the JSON that ui.perfetto.dev, chrome://tracing and Trace
 * Compass open): processes and their tracks (threads) named by metadata events, slices ({@code "ph":"X"}),
 * instants ({@code "ph":"i"}) and flow arrows ({@code "ph":"s"}/{@code "f"}). Times are microseconds, as
 * the format has them. docs/perfetto.md says what this tool puts in it.
 */
public final class ChromeTrace {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A process's track: its {@code pid} and {@code tid}. */
    public record Track(int pid, int tid, String name) {
    }

    private final List<ObjectNode> metadata = new ArrayList<>();
    private final List<ObjectNode> events = new ArrayList<>();
    private final List<Track> tracks = new ArrayList<>();
    private int processes;

    /** A new process (one host of one migration), named; processes are listed in the order they are made. */
    public int process(String name) {
        int pid = ++processes;
        metadata.add(meta("process_name", pid, 0).set("args", NODES.objectNode().put("name", name)));
        metadata.add(meta("process_sort_index", pid, 0).set("args", NODES.objectNode().put("sort_index", pid)));
        return pid;
    }

    /**
     * A new track of {@code pid}: {@code tid} orders the tracks of a process (viewers list them by it, or by
     * the sort index, which is the same) and must be new to the process.
     */
    public Track track(int pid, int tid, String name) {
        if (tracks.stream().anyMatch(track -> track.pid() == pid && track.tid() == tid)) {
            throw new IllegalArgumentException("process " + pid + " already has a track " + tid);
        }
        Track track = new Track(pid, tid, name);
        tracks.add(track);
        metadata.add(meta("thread_name", pid, tid).set("args", NODES.objectNode().put("name", name)));
        metadata.add(meta("thread_sort_index", pid, tid).set("args", NODES.objectNode().put("sort_index", tid)));
        return track;
    }

    /** The tracks made so far, in order. */
    public List<Track> tracks() {
        return List.copyOf(tracks);
    }

    /** A new empty set of arguments for an event. */
    public static ObjectNode args() {
        return NODES.objectNode();
    }

    /** A complete slice from {@code ts} lasting {@code dur} µs. */
    public void slice(Track track, String name, String category, long ts, long dur, ObjectNode args) {
        ObjectNode event = event(track, "X", name, category, ts);
        event.put("dur", dur);
        event.set("args", args);
        events.add(event);
    }

    /** An instant of one track. */
    public void instant(Track track, String name, String category, long ts, ObjectNode args) {
        ObjectNode event = event(track, "i", name, category, ts);
        event.put("s", "t");
        event.set("args", args);
        events.add(event);
    }

    /**
     * The start of flow arrow {@code id}: it binds to the slice of {@code track} that encloses {@code ts}
     * (write that slice first).
     */
    public void flowStart(Track track, long id, String name, String category, long ts) {
        events.add(event(track, "s", name, category, ts).put("id", id));
    }

    /** The end of flow arrow {@code id}, bound to the event of {@code track} at {@code ts} written just before it. */
    public void flowEnd(Track track, long id, String name, String category, long ts) {
        events.add(event(track, "f", name, category, ts).put("id", id).put("bp", "e"));
    }

    /**
     * The whole trace: {@code traceEvents} first (viewers recognise the format by it), metadata events
     * before the others, the others in time order (ties in the order they were added), then
     * {@code displayTimeUnit} and {@code otherData}.
     */
    public void write(Writer out, ObjectNode otherData) throws IOException {
        List<ObjectNode> ordered = new ArrayList<>(metadata);
        List<ObjectNode> timed = new ArrayList<>(events);
        timed.sort(Comparator.comparingLong(event -> event.get("ts").asLong()));
        ordered.addAll(timed);
        ArrayNode array = NODES.arrayNode();
        ordered.forEach(array::add);
        JsonGenerator json = JsonDocument.begin(out);
        json.setCodec(new ObjectMapper());
        json.writeFieldName("traceEvents");
        json.writeTree(array);
        json.writeStringField("displayTimeUnit", "ms");
        json.writeFieldName("otherData");
        json.writeTree(otherData);
        JsonDocument.end(json);
    }

    private static ObjectNode meta(String name, int pid, int tid) {
        ObjectNode event = NODES.objectNode();
        event.put("ph", "M");
        event.put("name", name);
        event.put("pid", pid);
        event.put("tid", tid);
        return event;
    }

    private static ObjectNode event(Track track, String phase, String name, String category, long ts) {
        ObjectNode event = NODES.objectNode();
        event.put("ph", phase);
        event.put("name", name);
        event.put("cat", category);
        event.put("pid", track.pid());
        event.put("tid", track.tid());
        event.put("ts", ts);
        return event;
    }
}
