package io.downtime.cli;

import io.downtime.trace.UnreadableInput;
import io.downtime.why.DowntimeLimit;
import io.downtime.why.LimitDerivation;
import io.downtime.why.ParametersRead;
import io.downtime.why.QemuParametersFile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The downtime-limit a user gives, in order of precedence (docs/why.md): {@code --downtime-limit MS}, then
 * the limit read from {@code --qemu-parameters FILE}; the trace's threshold comes after both, in the domain.
 * A file that cannot be read, or gives no limit, is said on stderr as {@code file:line:column: message}
 * and makes the command exit 2, the rest still done.
 */
final class DowntimeLimitArguments {

    /** @param clean false when the file was given and could not be read whole */
    record Given(Optional<DowntimeLimit> limit, boolean clean) {
    }

    private DowntimeLimitArguments() {
    }

    static Given resolve(Long option, Path parameters, PrintWriter err) {
        Optional<ParametersRead> read = Optional.empty();
        boolean clean = true;
        if (parameters != null) {
            try {
                read = Optional.of(QemuParametersFile.read(parameters));
                read.get().diagnostics().forEach(err::println);
                clean = read.get().diagnostics().isEmpty();
            } catch (IOException e) {
                err.println("analyzer: " + parameters + ": cannot open: " + UnreadableInput.reason(e));
                clean = false;
            }
        }
        Optional<DowntimeLimit> fromFile = read.flatMap(ParametersRead::limit);
        if (option == null) {
            return new Given(fromFile, clean);
        }
        LimitDerivation how = new LimitDerivation.Option(option,
                fromFile.filter(limit -> limit.micros() != option * 1000));
        return new Given(Optional.of(DowntimeLimit.stated(option, how)), clean);
    }
}
