package io.downtime.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher {@code ./analyzer}: the locale it gives the JVM and the jar it names, whichever way it is started.
 * A copy of it runs in a directory of its own with a jar and an archive already there (so it builds nothing and
 * makes no archive) and a stand-in {@code java} on the PATH that prints its environment and arguments. The real
 * {@code locale} answers, through a stand-in that notes each call: the launcher asks it only when the locale in
 * effect is not C.UTF-8, the one it sets itself (a fork and an exec less at every start, docs/performance.md,
 * "Start-up overlap, stop 26"); it never runs {@code dirname}.
 */
class LauncherTest {
    private static final String UNSET = "<unset>";

    @TempDir
    Path dir;
    private Path home;
    private Path calls;

    @BeforeEach
    void launcherWithItsJar() throws IOException {
        home = dir.resolve("repo");
        Path target = Files.createDirectories(home.resolve("target"));
        Path launcher = home.resolve("analyzer");
        Files.copy(Path.of("analyzer"), launcher);
        executable(launcher);
        Path jar = Files.writeString(target.resolve("analyzer.jar"), "");
        Path archive = Files.writeString(target.resolve("analyzer.jsa"), "");
        // the archive no older than the jar: the launcher keeps it and starts no training run
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("calls");
        script(bin.resolve("java"), "printf 'LC_ALL=%s\\n' \"${LC_ALL-" + UNSET + "}\"",
                "printf 'LC_CTYPE=%s\\n' \"${LC_CTYPE-" + UNSET + "}\"",
                "printf 'LANG=%s\\n' \"${LANG-" + UNSET + "}\"",
                "for a in \"$@\"; do printf 'arg=%s\\n' \"$a\"; done");
        script(bin.resolve("locale"), "echo locale >> '" + calls + "'", "exec /usr/bin/locale \"$@\"");
        script(bin.resolve("dirname"), "echo dirname >> '" + calls + "'", "exec /usr/bin/dirname \"$@\"");
    }

    /** The character set's locale is LC_ALL, else LC_CTYPE, else LANG (POSIX); C.UTF-8 is left as it is, asked of no one. */
    @Test
    void aCUtf8LocaleIsKeptWithoutAskingLocale() throws Exception {
        Map<String, String> seen = run(Map.of("LANG", "C.UTF-8"));
        assertEquals(UNSET, seen.get("LC_ALL"));
        assertEquals(UNSET, seen.get("LC_CTYPE"));
        assertEquals("C.UTF-8", seen.get("LANG"));
        assertEquals(List.of(), calledTools());

        // an empty LC_ALL counts as unset: LC_CTYPE's C.utf8 (glibc's other spelling) decides
        seen = run(Map.of("LC_ALL", "", "LC_CTYPE", "C.utf8", "LANG", "C"));
        assertEquals("", seen.get("LC_ALL"));
        assertEquals("C.utf8", seen.get("LC_CTYPE"));
        assertEquals(List.of(), calledTools());

        seen = run(Map.of("LC_ALL", "C.UTF-8", "LC_CTYPE", "C"));
        assertEquals("C.UTF-8", seen.get("LC_ALL"));
        assertEquals("C", seen.get("LC_CTYPE"));
        assertEquals(List.of(), calledTools());
    }

    /** Any other locale: locale(1) says whether it is UTF-8; when not, C.UTF-8 goes where it takes effect. */
    @Test
    void anyOtherLocaleIsAskedAndMadeUtf8() throws Exception {
        // nothing set: the C locale, ASCII; LC_CTYPE set, LC_ALL left unset
        Map<String, String> seen = run(Map.of());
        assertEquals(UNSET, seen.get("LC_ALL"));
        assertEquals("C.UTF-8", seen.get("LC_CTYPE"));
        assertEquals(List.of("locale"), calledTools());

        // LC_ALL=C outranks LANG=C.UTF-8: ASCII, and only LC_ALL can change that
        seen = run(Map.of("LC_ALL", "C", "LANG", "C.UTF-8"));
        assertEquals("C.UTF-8", seen.get("LC_ALL"));
        assertEquals("C.UTF-8", seen.get("LANG"));
        assertEquals(List.of("locale"), calledTools());

        // LC_CTYPE=POSIX outranks LANG=C.UTF-8
        seen = run(Map.of("LC_CTYPE", "POSIX", "LANG", "C.UTF-8"));
        assertEquals(UNSET, seen.get("LC_ALL"));
        assertEquals("C.UTF-8", seen.get("LC_CTYPE"));
        assertEquals(List.of("locale"), calledTools());
    }

    /** By absolute path, relative path, from the parent directory and through bash: the jar beside the launcher. */
    @Test
    void theJarIsTheOneBesideTheLauncherHoweverItIsStarted() throws Exception {
        Path real = home.toRealPath();
        String jar = real.resolve("target/analyzer.jar").toString();
        String archive = "-XX:SharedArchiveFile=" + real.resolve("target/analyzer.jsa");
        List<List<String>> starts = List.of(
                List.of(real.resolve("analyzer").toString(), "events", "x"),
                List.of("./analyzer", "events", "x"),
                List.of("bash", "analyzer", "events", "x"));
        for (List<String> start : starts) {
            List<String> args = arguments(start, real);
            assertTrue(args.contains(archive), start + ": " + args);
            assertEquals(List.of("-cp", jar, AnalyzerCommand.class.getName(), "events", "x"),
                    args.subList(args.size() - 5, args.size()), start.toString());
        }
        List<String> fromParent = arguments(List.of("repo/analyzer", "events", "x"), dir.toRealPath());
        assertEquals(jar, fromParent.get(fromParent.indexOf("-cp") + 1));
        assertFalse(calledTools().contains("dirname"), calledTools().toString());
    }

    private List<String> arguments(List<String> command, Path cwd) throws Exception {
        List<String> args = new ArrayList<>();
        for (String line : output(command, cwd, Map.of("LANG", "C.UTF-8"))) {
            if (line.startsWith("arg=")) {
                args.add(line.substring(4));
            }
        }
        return args;
    }

    private Map<String, String> run(Map<String, String> locale) throws Exception {
        Files.deleteIfExists(calls);
        Map<String, String> seen = new LinkedHashMap<>();
        for (String line : output(List.of(home.resolve("analyzer").toString(), "--version"), dir, locale)) {
            int equals = line.indexOf('=');
            if (!line.startsWith("arg=")) {
                seen.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        assertEquals(3, seen.size(), seen.toString());
        return seen;
    }

    private List<String> calledTools() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private List<String> output(List<String> command, Path cwd, Map<String, String> locale) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", dir.resolve("bin") + ":/usr/bin:/bin");
        environment.putAll(locale);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }

    private static void script(Path path, String... lines) throws IOException {
        Files.writeString(path, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
        executable(path);
    }

    private static void executable(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
