package io.downtime.strict;

import io.downtime.clock.AlignedMigration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each host's trace says of a switchover ({@link SourceHalf}, {@link DestinationHalf}), on real RFC runs. */
class SwitchoverHalvesTest {

    /**
     * strict-source-fires-first-5-1:
     * <pre>
     * src.log:3   src-downtime-start               the start
     * src.log:4   src-vm-stopped                   the first check
     * src.log:6   save of ram (iterable)           a check
     * src.log:7   src-iterable-saved               progress, not a check
     * src.log:8   qemu_savevm_send_downtime ... source downtime=2: the send, recorded
     * src.log:73  save of 0000:00:03.0/e1000e      the last save, a check
     * dst.log:4   loadvm_handle_src_downtime ... source downtime=2: the read, recorded
     * dst.log:5   load of timer                    the destination's first check
     * dst.log:57  load of 0000:00:01.0/virtio-net  its last check; dst.log:58 its abort
     * dst.log:59  dst-precopy-loadvm-completed     after the abort: not progress, so no load completed
     * </pre>
     */
    @Test
    void aRunBothHostsAborted() {
        AlignedMigration aligned = Replays.aligned("strict-source-fires-first-5-1");
        SourceHalf source = SourceHalf.of(aligned, aligned.pair().source().orElseThrow());
        assertEquals(3, source.start().where().line());
        assertEquals(4, source.checks().get(0).where().line());
        assertEquals("src-vm-stopped", source.checks().get(0).site().name());
        assertEquals(6, source.checks().get(1).where().line());
        assertEquals(73, source.checks().get(source.checks().size() - 1).where().line());
        assertTrue(source.progress().stream().anyMatch(event -> event.where().line() == 7));
        assertTrue(source.checks().stream().noneMatch(event -> event.where().line() == 7));
        MessageSend send = source.send().orElseThrow();
        assertEquals(8, send.where().line());
        assertEquals(MessageSend.Basis.RECORDED, send.basis());
        assertEquals(2, send.recordedDowntimeMs().getAsLong());

        DestinationHalf destination = DestinationHalf.of(aligned, aligned.pair().destination().orElseThrow(), true);
        MessageReceipt receipt = destination.receipt().orElseThrow();
        assertEquals(4, receipt.where().line());
        assertEquals(MessageReceipt.Basis.RECORDED, receipt.basis());
        assertEquals(5, destination.checks().get(0).where().line());
        assertEquals(57, destination.checks().get(destination.checks().size() - 1).where().line());
        assertTrue(destination.guestStarted().isEmpty());
        assertTrue(destination.loadCompleted().isEmpty());

        DestinationHalf unsent = DestinationHalf.of(aligned, aligned.pair().destination().orElseThrow(), false);
        assertTrue(unsent.receipt().isEmpty());
        assertTrue(unsent.checks().isEmpty());
    }

    /** strict-missed-62ms-blackout-8-2: dst.log:37 dst-precopy-loadvm-completed, dst.log:40 dst-precopy-bh-vm-started. */
    @Test
    void aRunThatStartedTheGuest() {
        AlignedMigration aligned = Replays.aligned("strict-missed-62ms-blackout-8-2");
        DestinationHalf destination = DestinationHalf.of(aligned, aligned.pair().destination().orElseThrow(), true);
        assertEquals(37, destination.loadCompleted().orElseThrow().where().line());
        assertEquals(40, destination.guestStarted().orElseThrow().where().line());
        assertEquals(40, destination.progress().get(destination.progress().size() - 1).where().line());
    }
}
