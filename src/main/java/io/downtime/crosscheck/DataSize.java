package io.downtime.crosscheck;

/**
 * An amount of data as a report gave it: at least {@code bytes}, less than {@code bytes + resolution}.
 * QMP gives exact bytes (resolution 1); HMP up to QEMU 10.0 gives kilobytes rounded down (resolution 1024).
 */
public record DataSize(long bytes, long resolution) {
    public static DataSize exact(long bytes) {
        return new DataSize(bytes, 1);
    }

    public static DataSize kibibytes(long kib) {
        return new DataSize(Math.multiplyExact(kib, 1024L), 1024);
    }

    public boolean isExact() {
        return resolution == 1;
    }
}
