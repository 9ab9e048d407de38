package io.downtime.robustness;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed seed files are the ones {@link FuzzSeeds} makes from the samples. After changing
 * {@link FuzzSeeds}, write them again with
 * {@code mvn test -Dtest=FuzzSeedsTest -Dfuzz.seeds.write=true}. Other files in the same
 * directories are crashes Jazzer found, kept as regression inputs; they are left alone.
 */
class FuzzSeedsTest {
    @Test
    void readerSeedsAreCommitted() throws IOException {
        check(FuzzSeeds.directory(ReaderFuzzTest.class, "readAnyBytes"), FuzzSeeds.reader());
    }

    @Test
    void shortcutSeedsAreCommitted() throws IOException {
        check(FuzzSeeds.directory(ShortcutFuzzTest.class, "readAnyLines"), FuzzSeeds.shortcut());
    }

    @Test
    void reportSeedsAreCommitted() throws IOException {
        check(FuzzSeeds.directory(ReportFuzzTest.class, "reportAnyTwoLogs"), FuzzSeeds.report());
    }

    @Test
    void rulesFileSeedsAreCommitted() throws IOException {
        check(FuzzSeeds.directory(RulesFileFuzzTest.class, "readAnyRulesFile"), FuzzSeeds.rules());
    }

    @Test
    void baselineSeedsAreCommitted() throws IOException {
        check(FuzzSeeds.directory(BaselineFuzzTest.class, "readAnyBaseline"), FuzzSeeds.baselines());
    }

    private static void check(Path directory, Map<String, byte[]> seeds) throws IOException {
        boolean write = Boolean.getBoolean("fuzz.seeds.write");
        if (write) {
            Files.createDirectories(directory);
        }
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            Path file = directory.resolve(seed.getKey());
            if (write) {
                Files.write(file, seed.getValue());
            }
            assertTrue(Files.isRegularFile(file), () -> file + " is missing: run mvn test -Dtest=FuzzSeedsTest -Dfuzz.seeds.write=true");
            assertArrayEquals(seed.getValue(), Files.readAllBytes(file),
                    () -> file + " differs from what FuzzSeeds makes: run mvn test -Dtest=FuzzSeedsTest -Dfuzz.seeds.write=true");
        }
    }
}
