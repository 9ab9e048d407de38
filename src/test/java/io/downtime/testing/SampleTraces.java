package io.downtime.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real traces under {@code sample-traces/}, found from the project root whatever the working directory. */
public final class SampleTraces {
    private SampleTraces() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("sample-traces");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("sample-traces/ not found above " + Path.of("").toAbsolutePath());
    }

    /** {@code path("dst-stalled-400ms/src.log")}. */
    public static Path path(String relative) {
        return root().resolve(relative);
    }
}
