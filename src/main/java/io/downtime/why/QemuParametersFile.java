package io.downtime.why;

import io.downtime.model.LineRef;
import io.downtime.trace.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * QEMU's {@code downtime-limit} from a file a user saved ({@code analyzer report --qemu-parameters FILE}):
 * <ul>
 *   <li>a QMP {@code query-migrate-parameters} reply, {@code {"return": {..., "downtime-limit": 300}}}, as
 *       QEMU sends it or {@code virsh qemu-monitor-command GUEST --pretty '{"execute":
 *       "query-migrate-parameters"}'} prints it, or the bare object inside it;</li>
 *   <li>HMP {@code info migrate_parameters} output, whose line QEMU prints as {@code "%s: %" PRIu64 " ms"}
 *       ({@code hmp_info_migrate_parameters}): {@code downtime-limit: 300 ms};</li>
 *   <li>a libvirt debug log (libvirtd's or virtqemud's, with {@code log_filters} taking qemu at debug level),
 *       whose monitor lines carry the QMP JSON libvirt sent and received:
 *       {@code Send command '{...}' for write with FD -1} ({@code qemuMonitorJSONCommandWithFd}),
 *       {@code QEMU_MONITOR_SEND_MSG: mon=0x... msg={...}} and {@code QEMU_MONITOR_RECV_REPLY: mon=0x...
 *       reply={...}}. A {@code migrate-set-parameters} carrying {@code downtime-limit} (libvirt sends one for
 *       {@code virsh migrate-setmaxdowntime}) and a reply holding it both count; the last in the file is
 *       QEMU's limit from then on.</li>
 * </ul>
 * A file that holds none, or a limit that cannot be read, gives a diagnostic at its line and column.
 */
public final class QemuParametersFile {
    private static final Pattern HMP = Pattern.compile("\\s*downtime-limit:\\s*(\\S*)\\s*(\\S*)\\s*");
    private static final String[] LIBVIRT_MARKERS = {"Send command '", "QEMU_MONITOR_SEND_MSG: ", "QEMU_MONITOR_RECV_REPLY: "};
    static final String EXPECTED = "expected a query-migrate-parameters reply ({\"return\": {\"downtime-limit\": 300}}),"
            + " 'info migrate_parameters' output (downtime-limit: 300 ms) or a libvirt debug log with QEMU's monitor"
            + " commands (docs/why.md)";

    private QemuParametersFile() {
    }

    /** The limit {@code file} gives, named in diagnostics as given; a file that cannot be read at all throws. */
    public static ParametersRead read(Path file) throws IOException {
        return read(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    static ParametersRead read(String origin, String text) {
        int first = firstNonBlank(text);
        if (first < text.length() && text.charAt(first) == '{') {
            return json(origin, text, first);
        }
        return lines(origin, text);
    }

    private static ParametersRead json(String origin, String text, int first) {
        long line = 1 + text.substring(0, first).chars().filter(c -> c == '\n').count();
        int column = first - (text.lastIndexOf('\n', first - 1) + 1) + 1;
        QmpLimit.Scan scan = QmpLimit.scan(text.substring(first), line, column, true);
        if (scan instanceof QmpLimit.Limit limit) {
            return found(List.of(new Setting(limit, LimitSource.QEMU_PARAMETERS)), origin);
        }
        if (scan instanceof QmpLimit.NoLimit none) {
            return refused(new Diagnostic(new LineRef(origin, line), column,
                    "no downtime-limit (" + none.what() + "): " + EXPECTED));
        }
        QmpLimit.Refused refused = (QmpLimit.Refused) scan;
        return refused(new Diagnostic(new LineRef(origin, refused.line()), refused.column(), refused.message()));
    }

    private static ParametersRead lines(String origin, String text) {
        List<Setting> settings = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            long number = i + 1;
            String line = lines[i];
            Optional<Integer> object = libvirtObject(line);
            if (object.isPresent()) {
                QmpLimit.Scan scan = QmpLimit.scan(line.substring(object.get()), number, object.get() + 1, false);
                if (scan instanceof QmpLimit.Limit limit) {
                    settings.add(new Setting(limit, LimitSource.LIBVIRT_LOG));
                } else if (scan instanceof QmpLimit.Refused refused && line.contains("downtime-limit")) {
                    diagnostics.add(new Diagnostic(new LineRef(origin, refused.line()), refused.column(),
                            refused.message()));
                }
                continue;
            }
            Matcher hmp = HMP.matcher(line);
            if (hmp.matches()) {
                Optional<Long> ms = hmpMilliseconds(hmp.group(1), hmp.group(2));
                if (ms.isPresent()) {
                    settings.add(new Setting(new QmpLimit.Limit(ms.get(), number, hmp.start(1) + 1,
                            "info migrate_parameters"), LimitSource.QEMU_PARAMETERS));
                } else {
                    diagnostics.add(new Diagnostic(new LineRef(origin, number), hmp.start(1) + 1,
                            "expected the limit as QEMU prints it, 0 to " + QmpLimit.MAX_MILLISECONDS
                                    + " ms (downtime-limit: 300 ms), found '" + line.strip() + "'"));
                }
            }
        }
        if (!diagnostics.isEmpty()) {
            // A setting that could not be read after the last one read leaves the limit in force unknown.
            boolean lastRead = !settings.isEmpty() && settings.get(settings.size() - 1).limit().line()
                    > diagnostics.get(diagnostics.size() - 1).where().line();
            return new ParametersRead(lastRead ? found(settings, origin).limit() : Optional.empty(),
                    List.copyOf(diagnostics));
        }
        if (settings.isEmpty()) {
            return refused(new Diagnostic(new LineRef(origin, 1), 1, "no downtime-limit in the file: " + EXPECTED));
        }
        return found(settings, origin);
    }

    /** Where the QMP object of a libvirt monitor line begins, when the line is one. */
    private static Optional<Integer> libvirtObject(String line) {
        for (String marker : LIBVIRT_MARKERS) {
            int at = line.indexOf(marker);
            if (at < 0) {
                continue;
            }
            int start = at + marker.length();
            if (!marker.startsWith("Send")) {
                int equals = line.indexOf(marker.startsWith("QEMU_MONITOR_SEND") ? " msg=" : " reply=", start);
                start = equals < 0 ? -1 : line.indexOf('=', equals) + 1;
            }
            if (start > 0 && start < line.length() && line.charAt(start) == '{') {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> hmpMilliseconds(String number, String unit) {
        if (!number.matches("[0-9]{1,7}") || !(unit.equals("ms") || unit.equals("milliseconds"))) {
            return Optional.empty();
        }
        long ms = Long.parseLong(number);
        return ms <= QmpLimit.MAX_MILLISECONDS ? Optional.of(ms) : Optional.empty();
    }

    /** The last setting is the limit in force; earlier different ones are named in its derivation. */
    private static ParametersRead found(List<Setting> settings, String origin) {
        Setting last = settings.get(settings.size() - 1);
        List<LimitDerivation.Setting> earlier = settings.stream().limit(settings.size() - 1)
                .filter(setting -> setting.limit().milliseconds() != last.limit().milliseconds())
                .map(setting -> new LimitDerivation.Setting(setting.limit().milliseconds(), setting.limit().line()))
                .toList();
        LimitDerivation derivation = new LimitDerivation.ParametersFile(last.source(), last.limit().kind(),
                new LineRef(origin, last.limit().line()), settings.size(), earlier);
        return new ParametersRead(Optional.of(DowntimeLimit.stated(last.limit().milliseconds(), derivation)), List.of());
    }

    private static ParametersRead refused(Diagnostic diagnostic) {
        return new ParametersRead(Optional.empty(), List.of(diagnostic));
    }

    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private record Setting(QmpLimit.Limit limit, LimitSource source) {
    }
}
