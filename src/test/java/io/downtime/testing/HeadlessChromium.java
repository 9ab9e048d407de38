package io.downtime.testing;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders a page in a real headless Chromium and returns the DOM after its scripts ran. The
 * page is opened from a file with no network at all (every request goes to a proxy that does not
 * exist), so a page that needed the internet fails here too.
 *
 * <p>Before rendering, a copy of the page gets one script at the top of its head that replaces
 * {@code alert}, {@code confirm} and {@code prompt} with recorders writing into the
 * {@code data-dialogs} attribute of the root element: an injected {@code alert(1)} shows in the DOM
 * instead of blocking the browser.
 */
public final class HeadlessChromium {
    /** Where Debian, Ubuntu and Google install it, then the PATH. */
    public static final List<String> CANDIDATES =
            List.of("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private static final String DIALOG_RECORDER = "<script>(function () {"
            + "var calls = [];"
            + "function recorder(kind) { return function (message) { calls.push(kind + ': ' + message);"
            + " document.documentElement.setAttribute('data-dialogs', calls.join(' | ')); }; }"
            + "window.alert = recorder('alert'); window.confirm = recorder('confirm'); window.prompt = recorder('prompt');"
            + "})();</script>\n";

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The first Chromium of {@link #CANDIDATES}, if any. */
    public static Optional<HeadlessChromium> find() {
        for (String candidate : CANDIDATES) {
            if (candidate.startsWith("/")) {
                Path path = Path.of(candidate);
                if (Files.isExecutable(path)) {
                    return Optional.of(new HeadlessChromium(path));
                }
                continue;
            }
            String pathVariable = System.getenv("PATH");
            if (pathVariable == null) {
                continue;
            }
            for (String dir : pathVariable.split(File.pathSeparator)) {
                Path path = Path.of(dir, candidate);
                if (Files.isExecutable(path)) {
                    return Optional.of(new HeadlessChromium(path));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The browser for a test, or the test is skipped with a message saying why. Where
     * {@code DOWNTIME_REQUIRE_BROWSER=1} is set (CI, see .ci/run), a missing browser fails the test.
     */
    public static HeadlessChromium requireOrSkip() {
        Optional<HeadlessChromium> found = find();
        String missing = "no Chromium found (looked for " + String.join(", ", CANDIDATES) + ")";
        if (found.isEmpty() && "1".equals(System.getenv("DOWNTIME_REQUIRE_BROWSER"))) {
            throw new AssertionError(missing + ", and DOWNTIME_REQUIRE_BROWSER=1 says the browser tests must run");
        }
        Assumptions.assumeTrue(found.isPresent(),
                missing + ": the browser tests are skipped; install Debian's chromium to run them (.ci/run does)");
        return found.get();
    }

    public Path executable() {
        return executable;
    }

    /** The DOM of {@code page} once its scripts ran, with the dialog recorder added. */
    public RenderedPage render(Path page, Path workDir) {
        return render(page, workDir, "");
    }

    /**
     * Like {@link #render(Path, Path)}, with {@code testScript} (JavaScript of the test, run at the
     * end of the body) playing the reader: hovering, clicking.
     */
    public RenderedPage render(Path page, Path workDir, String testScript) {
        try {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            int head = html.indexOf("<head>");
            int bodyEnd = html.lastIndexOf("</body>");
            if (head < 0 || bodyEnd < head) {
                throw new IllegalArgumentException(page + " has no <head> or no </body>");
            }
            int at = head + "<head>".length();
            String instrumentedHtml = html.substring(0, at) + "\n" + DIALOG_RECORDER + html.substring(at, bodyEnd)
                    + (testScript.isEmpty() ? "" : "<script>\n" + testScript + "\n</script>\n") + html.substring(bodyEnd);
            Path instrumented = workDir.resolve("instrumented-" + page.getFileName());
            Files.writeString(instrumented, instrumentedHtml, StandardCharsets.UTF_8);
            return new RenderedPage(Jsoup.parse(dumpDom(instrumented, workDir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String dumpDom(Path page, Path workDir) throws IOException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path stdout = workDir.resolve("dom-" + page.getFileName());
        Path stderr = workDir.resolve("chromium-stderr.txt");
        List<String> command = new ArrayList<>(List.of(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom",
                page.toUri().toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not finish within 120 s; stderr: " + Files.readString(stderr));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteRecursively(profile);
        }
        String dom = Files.readString(stdout, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || dom.isBlank()) {
            throw new IllegalStateException("Chromium exited with " + process.exitValue() + " and printed "
                    + dom.length() + " characters; stderr: " + Files.readString(stderr));
        }
        return dom;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // A helper process of Chromium may still be leaving; the test's temporary directory goes anyway.
        }
    }
}
