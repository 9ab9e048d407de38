package io.downtime.cli;

/** What the user is told when the JVM's heap is full, and how to give it more. */
final class OutOfMemory {
    private OutOfMemory() {
    }

    static String message(long maxHeapBytes) {
        return "analyzer: out of memory: the inputs need more than the JVM's heap of " + (maxHeapBytes >> 20)
                + " MiB (docs/robustness.md#limits); give it more, e.g."
                + " ANALYZER_JAVA_OPTS='-Xss4m -XX:+UseSerialGC -Xmx4g' ./analyzer ...";
    }
}
