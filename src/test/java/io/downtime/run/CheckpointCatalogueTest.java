package io.downtime.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointCatalogueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // canonical names (QEMU >= 9.0) and the unprefixed names of the first builds with these trace points
            "src-downtime-start, src-downtime-start, SOURCE",
            "downtime-start, src-downtime-start, SOURCE",
            "vm-stopped, src-vm-stopped, SOURCE",
            "non-iterable-saved, src-non-iterable-saved, SOURCE",
            "downtime-end, src-downtime-end, SOURCE",
            "precopy-loadvm-completed, dst-precopy-loadvm-completed, DESTINATION",
            "precopy-bh-vm-started, dst-precopy-bh-vm-started, DESTINATION",
            "dst-postcopy-bh-cache-invalidated, dst-postcopy-bh-cache-invalidated, DESTINATION",
            "postcopy-bh-vm-started, dst-postcopy-bh-vm-started, DESTINATION",
    })
    void knownNamesAndTheirOlderForms(String written, String canonical, Role host) {
        assertEquals(canonical, CheckpointCatalogue.canonical(written));
        assertEquals(Optional.of(host), CheckpointCatalogue.host(written));
    }

    @Test
    void unknownNamesAreKeptAsWritten() {
        assertEquals("dst-precopy-bh-vfio-resumed", CheckpointCatalogue.canonical("dst-precopy-bh-vfio-resumed"));
        assertEquals(Optional.empty(), CheckpointCatalogue.host("dst-precopy-bh-vfio-resumed"));
    }

    @Test
    void guestStartsOnlyAtTheDestinationsVmStarted() {
        assertTrue(CheckpointCatalogue.lookup("dst-precopy-bh-vm-started").orElseThrow().startsGuest());
        assertTrue(CheckpointCatalogue.lookup("postcopy-bh-vm-started").orElseThrow().startsGuest());
        assertFalse(CheckpointCatalogue.lookup("src-downtime-end").orElseThrow().startsGuest());
    }

    @Test
    void expectedCheckpointsPerRoleAndMode() {
        List<String> source = List.of("src-downtime-start", "src-vm-stopped", "src-iterable-saved",
                "src-non-iterable-saved", "src-downtime-end");
        assertEquals(source, CheckpointCatalogue.expected(Role.SOURCE, MigrationMode.PRECOPY));
        assertEquals(source, CheckpointCatalogue.expected(Role.SOURCE, MigrationMode.POSTCOPY));
        assertEquals(List.of("dst-precopy-loadvm-completed", "dst-precopy-bh-enter", "dst-precopy-bh-announced",
                "dst-precopy-bh-vm-started"), CheckpointCatalogue.expected(Role.DESTINATION, MigrationMode.PRECOPY));
        // postcopy-random-ram/dst.log shows the destination emits dst-precopy-loadvm-completed in postcopy too.
        assertEquals(List.of("dst-precopy-loadvm-completed", "dst-postcopy-bh-enter", "dst-postcopy-bh-cpu-synced",
                        "dst-postcopy-bh-announced", "dst-postcopy-bh-cache-invalidated", "dst-postcopy-bh-vm-started"),
                CheckpointCatalogue.expected(Role.DESTINATION, MigrationMode.POSTCOPY));
    }
}
