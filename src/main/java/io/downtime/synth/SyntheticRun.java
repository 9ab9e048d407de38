package io.downtime.synth;

import io.downtime.blackout.DeviceKey;
import io.downtime.model.Checkpoint;
import io.downtime.model.DeviceDowntime;
import io.downtime.model.DeviceOperation;
import io.downtime.model.SectionType;
import io.downtime.model.TraceEvent;
import io.downtime.run.CheckpointCatalogue;
import io.downtime.trace.TraceLineWriter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One synthetic run: a real sample's events with new times. Every change only ever delays what comes
 * after it on its host, and causality between the hosts is kept: the destination loads a section no
 * earlier after its save than in the sample, and with return-path the source's src-downtime-end still
 * waits for the destination's guest start.
 *
 * @param source      the source's log
 * @param destination the destination's log
 */
record SyntheticRun(String source, String destination) {

    static SyntheticRun of(CorpusSample sample, Perturbation perturbation) {
        SplittableRandom random = new SplittableRandom(perturbation.seed());
        // The source: from src-downtime-start on, every save scaled, one stall after a random save.
        List<TraceEvent> src = sample.source();
        long[] srcShift = new long[src.size()];
        long[] srcDowntime = new long[src.size()];
        int start = index(src, CheckpointCatalogue.SRC_DOWNTIME_START);
        int end = index(src, CheckpointCatalogue.SRC_DOWNTIME_END);
        List<Integer> saves = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            if (i > start && src.get(i) instanceof DeviceDowntime device && device.operation() == DeviceOperation.SAVE) {
                saves.add(i);
            }
        }
        int stalledSave = saves.isEmpty() || perturbation.sourceStall() == 0 ? -1 : saves.get(random.nextInt(saves.size()));
        Map<DeviceKey, List<Long>> shiftAtSave = new HashMap<>();
        long shift = 0;
        for (int i = 0; i < src.size(); i++) {
            TraceEvent event = src.get(i);
            if (start >= 0 && i > start && event instanceof DeviceDowntime device) {
                long scaled = Perturbation.scaled(device.downtimeMicros(), perturbation.deviceSpread(), random);
                shift += scaled - device.downtimeMicros();
                srcDowntime[i] = scaled;
                if (device.operation() == DeviceOperation.SAVE) {
                    shiftAtSave.computeIfAbsent(key(device), k -> new ArrayList<>()).add(shift);
                }
            } else if (event instanceof DeviceDowntime device) {
                srcDowntime[i] = device.downtimeMicros();
            }
            srcShift[i] = shift;
            if (i == stalledSave) {
                shift += perturbation.sourceStall();
            }
        }

        // The destination: no load before its save's new time; stalls; a slower guest start.
        List<TraceEvent> dst = sample.destination();
        long[] dstShift = new long[dst.size()];
        long[] dstDowntime = new long[dst.size()];
        List<Integer> deviceLoads = new ArrayList<>();
        int firstLoad = -1;
        for (int j = 0; j < dst.size(); j++) {
            if (dst.get(j) instanceof DeviceDowntime device && device.operation() == DeviceOperation.LOAD) {
                firstLoad = firstLoad < 0 ? j : firstLoad;
                if (device.type() == SectionType.NON_ITERABLE) {
                    deviceLoads.add(j);
                }
            }
        }
        int stalledLoad = deviceLoads.isEmpty() || perturbation.stallAfterRead() == 0 ? -1
                : deviceLoads.get(random.nextInt(deviceLoads.size()));
        Map<DeviceKey, Integer> loadsSeen = new HashMap<>();
        long dstShiftNow = 0;
        long guestStartShift = 0;
        for (int j = 0; j < dst.size(); j++) {
            TraceEvent event = dst.get(j);
            if (j == firstLoad) {
                dstShiftNow += perturbation.stallBeforeRead();
            }
            if (event instanceof DeviceDowntime device && device.operation() == DeviceOperation.LOAD) {
                int occurrence = loadsSeen.merge(key(device), 1, Integer::sum) - 1;
                List<Long> saved = shiftAtSave.getOrDefault(key(device), List.of());
                if (occurrence < saved.size()) {
                    dstShiftNow = Math.max(dstShiftNow, saved.get(occurrence));
                }
                long scaled = Perturbation.scaled(device.downtimeMicros(), perturbation.deviceSpread(), random);
                if (j == stalledLoad) {
                    scaled += perturbation.stallAfterRead();
                }
                dstShiftNow += scaled - device.downtimeMicros();
                dstDowntime[j] = scaled;
            } else if (event instanceof DeviceDowntime device) {
                dstDowntime[j] = device.downtimeMicros();
            } else if (event instanceof Checkpoint checkpoint && CheckpointCatalogue.lookup(checkpoint.name())
                    .map(CheckpointCatalogue.KnownCheckpoint::startsGuest).orElse(false)) {
                dstShiftNow += perturbation.slowStart();
                guestStartShift = dstShiftNow;
            }
            dstShift[j] = dstShiftNow;
        }
        // With return-path, src-downtime-end and what follows wait for the destination's guest start.
        if (sample.returnPath() && end >= 0) {
            for (int i = end; i < src.size(); i++) {
                srcShift[i] = Math.max(srcShift[i], guestStartShift);
            }
        }
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < src.size(); i++) {
            TraceEvent event = src.get(i);
            source.append(TraceLineWriter.line(event, thread(event, sample.sourceThread()), event.header().micros() + srcShift[i],
                    srcDowntime[i]));
        }
        StringBuilder destination = new StringBuilder();
        for (int j = 0; j < dst.size(); j++) {
            TraceEvent event = dst.get(j);
            destination.append(TraceLineWriter.line(event, thread(event, sample.destinationThread()),
                    event.header().micros() + dstShift[j] + perturbation.clockOffset(), dstDowntime[j]));
        }
        return new SyntheticRun(source.toString(), destination.toString());
    }

    private static int index(List<TraceEvent> events, String checkpoint) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Checkpoint c && CheckpointCatalogue.canonical(c.name()).equals(checkpoint)) {
                return i;
            }
        }
        return -1;
    }

    private static long thread(TraceEvent event, long fallback) {
        return event.header().id().orElse(fallback);
    }

    private static DeviceKey key(DeviceDowntime device) {
        return new DeviceKey(device.idstr(), device.instanceId(), device.type());
    }
}
