package io.downtime.run;

import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The join of a libvirt domain log's QEMU processes to the migrations found, on the libvirt sample. */
class DomainProcessTest {

    @Test
    void eachProcessHasTheMigrationsItSentOrReceived() {
        String src = SampleMigrations.path("libvirt-one-migration/src-host-guest-a.log");
        String dst = SampleMigrations.path("libvirt-one-migration/dst-host-guest-a.log");
        List<DomainProcess> processes = DomainProcess.of(SampleMigrations.found(List.of(src, dst)));
        // src-host-guest-a.log holds two starts (lines 1 and 53): the first shut down at line 52, reason=failed,
        // without migrating; the second sent the migration and shut down at line 174, reason=migrated.
        // dst-host-guest-a.log holds one start, with "-incoming defer" (line 43): it received that migration,
        // the only one, numbered 1.
        assertEquals(List.of(src, src, dst), processes.stream().map(DomainProcess::log).toList());
        assertEquals(List.of(true, false, false), processes.stream().map(p -> p.process().failedStart()).toList());
        assertEquals(List.of(List.of(), List.of(new DomainProcess.Part(1, true)), List.of(new DomainProcess.Part(1, false))),
                processes.stream().map(DomainProcess::migrations).toList());
    }
}
