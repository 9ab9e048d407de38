package io.downtime.fleet.input;

import io.downtime.run.InputProblem;
import io.downtime.run.LogInputs;
import io.downtime.trace.TraceInput;
import io.downtime.trace.UnreadableInput;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a manifest row's logs and QEMU's stderr files beside them. A local path (or {@code file:} URI) is
 * located as {@code analyzer runs SRC,DST} locates an explicit pair; a log on any other file system Hadoop
 * knows ({@code hdfs://}, {@code s3a://}, ...) is copied to a directory of the task's own first, with the
 * stderr file beside it, and read from there, named by its URI in every table. Closing removes the copies.
 */
public final class LogLocator implements AutoCloseable {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Configuration hadoop;
    private Path copies;

    public LogLocator(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    /** True for a path or a {@code file:} URI: read where it lies, without a copy. */
    public static boolean local(String location) {
        return !SCHEME.matcher(location).find() || location.startsWith("file:");
    }

    public LogInputs.Located locate(List<String> locations) {
        List<LogInputs.LogInput> logs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (String location : locations) {
            if (local(location)) {
                Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
                LogInputs.Located found = LogInputs.locateFound(List.of(path));
                logs.addAll(found.logs());
                problems.addAll(found.problems());
            } else {
                fetch(location, problems).ifPresent(logs::add);
            }
        }
        return new LogInputs.Located(logs, problems);
    }

    private Optional<LogInputs.LogInput> fetch(String location, List<InputProblem> problems) {
        try {
            org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(location);
            FileSystem fs = remote.getFileSystem(hadoop);
            FileStatus status;
            try {
                status = fs.getFileStatus(remote);
            } catch (java.io.FileNotFoundException e) {
                problems.add(new InputProblem.Missing(location));
                return Optional.empty();
            }
            if (!status.isFile()) {
                problems.add(new InputProblem.RemoteNotAFile(location));
                return Optional.empty();
            }
            TraceInput log = new TraceInput(location, Optional.of(copy(fs, remote)));
            List<TraceInput> stderr = new ArrayList<>();
            for (String name : LogInputs.stderrNames(remote.getName())) {
                org.apache.hadoop.fs.Path sibling = new org.apache.hadoop.fs.Path(remote.getParent(), name);
                if (fs.isFile(sibling)) {
                    stderr.add(new TraceInput(sibling.toString(), Optional.of(copy(fs, sibling))));
                    break;
                }
            }
            return Optional.of(new LogInputs.LogInput(log, stderr));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new InputProblem.CannotFetch(location, e instanceof IOException io ? UnreadableInput.reason(io)
                    : e.getMessage()));
            return Optional.empty();
        }
    }

    /** Into a directory of its own per file: two logs of one case may share a name in different directories. */
    private Path copy(FileSystem fs, org.apache.hadoop.fs.Path remote) throws IOException {
        if (copies == null) {
            copies = Files.createTempDirectory("analyzer-fleet-");
        }
        Path directory = Files.createTempDirectory(copies, "log-");
        Path local = directory.resolve(remote.getName());
        fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
        return local;
    }

    @Override
    public void close() {
        if (copies == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(copies)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the copies in " + copies, e);
        }
        copies = null;
    }
}
