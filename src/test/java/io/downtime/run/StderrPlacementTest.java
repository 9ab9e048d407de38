package io.downtime.run;

import io.downtime.model.QemuMessage;
import io.downtime.model.TraceEvent;
import io.downtime.testing.SampleMigrations;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StderrPlacementTest {

    /**
     * dst-killed-at-switchover: src.stderr beside src.log holds
     * {@code 2026-11-26T00:47:58.637582Z qemu-system-x86_64: Unable to write to socket: Broken pipe},
     * i.e. 1795654078.637582, after the source's last line ({@code failed} at 1795654078.636981): it
     * belongs to the source run, whose span lasts until a next run starts.
     */
    @Test
    void errorAfterTheFailureBelongsToTheRun() {
        Run source = SampleMigrations.only("dst-killed-at-switchover").source().orElseThrow();
        String stderr = SampleMigrations.path("dst-killed-at-switchover/src.stderr");
        assertEquals(List.of(SampleMigrations.path("dst-killed-at-switchover/src.log"), stderr), source.inputs());
        List<TraceEvent> messages = source.messages();
        assertEquals(1, messages.size());
        assertEquals("Unable to write to socket: Broken pipe", ((QemuMessage) messages.get(0)).text());
        assertEquals(1795654078_637582L, messages.get(0).header().micros());
    }

    /** precopy-kvm-8vcpu-many-devices: the 10 startup warnings of src.stderr come before setup and go to the run. */
    @Test
    void startupWarningsGoToTheFirstRun() {
        MigrationPair pair = SampleMigrations.only("precopy-kvm-8vcpu-many-devices");
        assertEquals(10, pair.source().orElseThrow().stderr().size());
        assertEquals(10, pair.destination().orElseThrow().stderr().size());
    }

    /**
     * Two runs in one log (dst-stalled-400ms/src.log from 1795654070.565871, then
     * dst-killed-at-switchover/src.log from 1795654074.927802) with the killed case's src.stderr
     * (1795654078.637582): the message falls in the second run's span.
     */
    @Test
    void messagesGoToTheRunWhoseSpanHoldsThem(@TempDir Path dir) {
        DerivedLogs.write(dir, "src.log",
                DerivedLogs.concatenated("dst-stalled-400ms/src.log", "dst-killed-at-switchover/src.log"));
        DerivedLogs.write(dir, "src.stderr", TraceForms.readString(SampleMigrations.casePath("dst-killed-at-switchover")
                .resolve("src.stderr")));
        List<Run> runs = SampleMigrations.found(List.of(dir.resolve("src.log").toString())).runs();
        assertEquals(2, runs.size());
        assertEquals(0, runs.get(0).messages().size());
        assertEquals(1, runs.get(1).messages().size());
    }
}
