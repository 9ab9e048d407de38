package io.downtime;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import rules of docs/architecture.md, checked on the sources: which package of the project may
 * import which, picocli only in cli, System.exit only in cli. A new dependency between packages is a
 * change of this table and of the document's, made on purpose.
 */
class PackageImportsTest {
    private static final Path SOURCES = Path.of("src/main/java/io/downtime");
    private static final Pattern PROJECT_IMPORT = Pattern.compile("^import (?:static )?io\\.downtime\\.([a-z]+)\\.", Pattern.MULTILINE);

    /** What each package may import of the project, besides model (which every package may use) and itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("model", Set.of()),
            entry("terminal", Set.of()),
            entry("trace", Set.of("grammar")),
            entry("libvirt", Set.of()),
            entry("run", Set.of("libvirt", "trace")),
            entry("clock", Set.of("run")),
            entry("outcome", Set.of("clock", "run")),
            // the blackout and the devices' times, below why, which splits the blackout into parts
            entry("blackout", Set.of("clock", "outcome", "run")),
            entry("why", Set.of("blackout", "clock", "run", "trace")),
            entry("analysis", Set.of("blackout", "clock", "libvirt", "outcome", "run", "why")),
            entry("crosscheck", Set.of("analysis", "blackout", "clock", "grammar", "run", "trace")),
            entry("strict", Set.of("analysis", "blackout", "clock", "outcome", "run", "trace", "why")),
            entry("runset", Set.of("analysis", "blackout", "clock", "json", "outcome", "run", "strict", "trace", "why")),
            entry("compare", Set.of("analysis", "blackout", "clock", "json", "outcome", "run", "runset")),
            entry("gate", Set.of("analysis", "blackout", "clock", "compare", "json", "outcome", "run", "runset", "strict", "trace")),
            entry("metrics", Set.of("runset", "strict")),
            entry("json", Set.of("clock", "terminal")),
            entry("csv", Set.of("terminal")),
            entry("synth", Set.of("analysis", "blackout", "clock", "run", "runset", "trace")),
            entry("report", Set.of("analysis", "blackout", "clock", "compare", "crosscheck", "csv", "gate", "json", "libvirt",
                    "metrics", "outcome", "run", "runset", "strict", "terminal", "trace", "why")),
            entry("cli", Set.of("analysis", "blackout", "clock", "compare", "crosscheck", "csv", "gate", "json", "libvirt", "metrics",
                    "outcome", "report", "run", "runset", "strict", "synth", "terminal", "trace", "why")));

    /**
     * What each document's package of report may import of report's other packages, besides the top of report
     * (the shared words, Format, Renderer), report.html and report.perfetto: the documents it is built on.
     */
    private static final Map<String, Set<String>> REPORT_ALLOWED = Map.ofEntries(
            entry("", Set.of()),
            entry("html", Set.of()),
            entry("perfetto", Set.of()),
            entry("migration", Set.of()),
            entry("events", Set.of()),
            entry("gate", Set.of()),
            entry("replay", Set.of("migration")),
            entry("compare", Set.of("migration")),
            entry("sweep", Set.of("migration", "replay")),
            entry("runs", Set.of("migration", "replay")),
            // the words the fleet compiles too (fleet/pom.xml): nothing else of report, not even its top
            entry("words", Set.of()));
    private static final Pattern REPORT_IMPORT = Pattern.compile(
            "^import (?:static )?io\\.downtime\\.report\\.(?:([a-z]+)\\.)?[A-Z]", Pattern.MULTILINE);

    private record Source(String pkg, Path file, String text) {
    }

    private static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                sources.add(new Source(pkg, file, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return sources;
    }

    @Test
    void everyPackageImportsOnlyWhatTheTableAllows() throws IOException {
        List<String> breaches = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        for (Source source : sources()) {
            packages.add(source.pkg());
            Set<String> allowed = ALLOWED.get(source.pkg());
            if (allowed == null) {
                breaches.add(source.file() + ": package " + source.pkg() + " is not in the table");
                continue;
            }
            Matcher imported = PROJECT_IMPORT.matcher(source.text());
            while (imported.find()) {
                String target = imported.group(1);
                if (!target.equals(source.pkg()) && !target.equals("model") && !allowed.contains(target)) {
                    breaches.add(source.file() + ": " + source.pkg() + " imports " + target);
                }
            }
        }
        assertEquals(List.of(), breaches);
        // the table names no package that is gone
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages);
    }

    @Test
    void eachReportDocumentImportsOnlyTheDocumentsItIsBuiltOn() throws IOException {
        List<String> breaches = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        Path report = SOURCES.resolve("report");
        for (Source source : sources()) {
            if (!source.pkg().equals("report")) {
                continue;
            }
            Path relative = report.relativize(source.file());
            String sub = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
            packages.add(sub);
            Set<String> allowed = REPORT_ALLOWED.get(sub);
            if (allowed == null) {
                breaches.add(source.file() + ": report." + sub + " is not in the table");
                continue;
            }
            Matcher imported = REPORT_IMPORT.matcher(source.text());
            while (imported.find()) {
                String target = imported.group(1) == null ? "" : imported.group(1);
                boolean shared = target.isEmpty() || target.equals("html") || target.equals("perfetto")
                        || target.equals("words");
                boolean mayShare = !sub.isEmpty() && !sub.equals("words") || target.equals("words");
                if (!target.equals(sub) && !(shared && mayShare) && !allowed.contains(target)) {
                    breaches.add(source.file() + ": report." + sub + " imports report." + target);
                }
            }
        }
        assertEquals(List.of(), breaches);
        assertEquals(new TreeSet<>(REPORT_ALLOWED.keySet()), packages);
    }

    @Test
    void theWordsUseNoLibraryTheFleetLacks() throws IOException {
        List<String> breaches = new ArrayList<>();
        Path words = SOURCES.resolve("report/words");
        int files = 0;
        for (Source source : sources()) {
            if (source.file().startsWith(words)) {
                files++;
                for (String library : List.of("import tech.tablesaw.", "import picocli.")) {
                    if (source.text().contains(library)) {
                        breaches.add(source.file() + ": " + library);
                    }
                }
            }
        }
        assertEquals(List.of(), breaches);
        assertTrue(files > 0, "report/words holds no source");
    }

    /**
     * Tablesaw is the table engine of the run-set summary (group-by, median, p95, max: {@code runs --summary});
     * the pages build their tables and charts from rows of their own (report/html's HtmlTableBuilder), so that a
     * page's code never holds columns for Tablesaw's sake (issue 17).
     */
    @Test
    void onlyTheRunSetSummaryUsesTablesaw() throws IOException {
        List<String> users = new ArrayList<>();
        for (Source source : sources()) {
            if (source.text().contains("import tech.tablesaw.")) {
                users.add(SOURCES.relativize(source.file()).toString().replace('\\', '/'));
            }
        }
        assertEquals(List.of("report/runs/RunSetSummary.java"), users);
    }

    @Test
    void onlyTheCommandLineUsesPicocliAndExits() throws IOException {
        List<String> breaches = new ArrayList<>();
        int cli = 0;
        for (Source source : sources()) {
            boolean picocli = source.text().contains("import picocli.");
            boolean exits = source.text().contains("System.exit(");
            if (source.pkg().equals("cli")) {
                cli += picocli ? 1 : 0;
            } else if (picocli || exits) {
                breaches.add(source.file() + (picocli ? " imports picocli" : " calls System.exit"));
            }
        }
        assertEquals(List.of(), breaches);
        // the check reads the real sources: cli's commands do import picocli
        assertTrue(cli > 10, cli + " cli sources import picocli");
    }
}
