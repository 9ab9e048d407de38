package io.downtime.report.migration;

import io.downtime.analysis.MigrationAnalysis;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** QEMU's prediction and the limit in words, on the real full traces (values derived as PredictionTest derives them). */
class PredictionWordsTest {

    /**
     * full-trace-dst-stalled-200, src.log 163 {@code migrate_transferred ... bandwidth 262667 ...}, 168
     * {@code migration_thread_low_pending 12156928}: QEMU expected 46283 µs (12156928 B = 12.2 MB at 262.667 B/ms
     * = 262.7 MB/s). The guest was stopped at least 238767 µs: at least 238767 − 46283 = 192484 µs more; against
     * the threshold's 100 ms limit, at least 138767 µs over, and the wait pushed it over (PredictionTest).
     */
    @Test
    void aStalledDestination() {
        MigrationAnalysis analysis = WhySamples.analysis("full-trace-dst-stalled-200");
        assertEquals(Optional.of("QEMU expected 46.283 ms (12.2 MB left at 262.7 MB/s); the guest was stopped at least"
                + " 238.767 ms, at least 192.484 ms more than expected"), PredictionWords.prediction(analysis));
        assertEquals(Optional.of("100 ms (from QEMU's threshold): exceeded by at least 138.767 ms; waiting for the"
                + " destination pushed it over"), PredictionWords.limit(analysis));
    }

    /**
     * full-trace-precopy-limit100: blackout 71811 to 73387 µs (estimate 72599), expected 58174 µs: error 13637 to
     * 15213 (14425 ± 788) over; excess over the 100 ms limit −28189 to −26613 (−27401): 27401 ± 788 µs to spare.
     */
    @Test
    void withinTheLimit() {
        MigrationAnalysis analysis = WhySamples.analysis("full-trace-precopy-limit100");
        assertEquals("14.425 ±0.788 ms over", PredictionWords.overOrUnder(analysis.why().prediction().error()
                .orElseThrow()));
        assertEquals(Optional.of("100 ms (from QEMU's threshold): not exceeded, 27.401 ±0.788 ms to spare"),
                PredictionWords.limit(analysis));
    }
}
