package io.downtime.report.migration;

import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What each QEMU process of a libvirt domain log was in the migrations found, on the libvirt sample. */
class ProcessSummaryTest {

    @Test
    void eachProcessOfTheSampleIsNamedByWhatItDid() {
        String src = SampleMigrations.path("libvirt-one-migration/src-host-guest-a.log");
        String dst = SampleMigrations.path("libvirt-one-migration/dst-host-guest-a.log");
        List<ProcessSummary> summaries = ProcessSummary.of(SampleMigrations.found(List.of(src, dst)));
        // src-host-guest-a.log holds two starts (lines 1 and 53): the first shut down at line 52, reason=failed,
        // after QEMU's "qemu-system-x86_64: error: failed to set MSR 0x10a to 0xc000069" (line 50); the second sent
        // the migration and shut down at line 174, reason=migrated. dst-host-guest-a.log holds one start, with
        // "-incoming defer" (line 43): it received that migration, the only one, numbered 1.
        assertEquals(List.of(src, src, dst), summaries.stream().map(ProcessSummary::log).toList());
        assertEquals(List.of("failed start: error: failed to set MSR 0x10a to 0xc000069",
                        "sent migration 1", "received migration 1"),
                summaries.stream().map(ProcessSummary::what).toList());
    }
}
