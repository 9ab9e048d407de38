package io.downtime.report;

import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The docs' pictures: every image a page of docs/ shows exists, stays small, and is one that
 * tools/screenshots.sh makes again and docs/screenshots/README.md lists.
 */
class ScreenshotsTest {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+\\.png)\\)");
    private static final long MOST_BYTES = 400 * 1024;

    @Test
    void everyImageOfTheDocsIsThereSmallAndRegenerated() throws IOException {
        Path project = SampleTraces.root().getParent();
        Path docs = project.resolve("docs");
        String script = Files.readString(project.resolve("tools/screenshots.sh"), StandardCharsets.UTF_8);
        String index = Files.readString(docs.resolve("screenshots/README.md"), StandardCharsets.UTF_8);
        List<Path> shown = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(docs)) {
            for (Path page : pages.filter(path -> path.toString().endsWith(".md")).toList()) {
                Matcher image = IMAGE.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (image.find()) {
                    Path png = page.getParent().resolve(image.group(1)).normalize();
                    assertTrue(Files.isRegularFile(png), page + " shows " + image.group(1) + ", which is not there");
                    shown.add(png);
                }
            }
        }
        assertFalse(shown.isEmpty());
        List<Path> made;
        try (Stream<Path> files = Files.list(docs.resolve("screenshots"))) {
            made = files.filter(path -> path.toString().endsWith(".png")).sorted().toList();
        }
        assertEquals(6, made.size(), made.toString());
        for (Path png : made) {
            String name = png.getFileName().toString();
            assertTrue(Files.size(png) <= MOST_BYTES, name + " is " + Files.size(png) + " bytes");
            assertTrue(script.contains(name), "tools/screenshots.sh does not make " + name);
            assertTrue(index.contains("`" + name + "`"), "docs/screenshots/README.md does not list " + name);
        }
        try (Stream<Path> files = Files.list(docs)) {
            assertEquals(List.of(), files.filter(path -> path.toString().endsWith(".png")).toList(),
                    "screenshots live in docs/screenshots/, where the script writes them");
        }
    }
}
