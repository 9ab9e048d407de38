package io.downtime.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The Plotly.js bundle the build fetched from the npm registry (see pom.xml) and put among the
 * classes, to be embedded in pages so they work without a network.
 *
 * @param packageName the npm package, {@code plotly.js-dist-min}
 * @param version     its version
 * @param license     the bundle's MIT license text, which travels with every copy
 * @param script      the minified library
 */
public record PlotlyLibrary(String packageName, String version, String license, String script) {
    private static final String BASE = "/io/downtime/report/html/";

    public PlotlyLibrary {
        // Inside a <script> element only "</script" ends the element, and "<script" after "<!--"
        // keeps it from ending where it should; a bundle holding either cannot be embedded as is.
        String lower = script.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<script")) {
            throw new IllegalStateException("Plotly.js " + version + " contains a <script> tag in its text and cannot be embedded inline");
        }
        if (license.contains("*/")) {
            throw new IllegalStateException("the Plotly.js license text cannot be put in a script comment");
        }
    }

    /** The bundle in the classes; loaded once. */
    public static PlotlyLibrary bundled() {
        return Holder.BUNDLED;
    }

    /** The library as the body of a {@code <script>} element, its license first. */
    public String scriptBody() {
        return "/*! " + packageName + " " + version + "\n" + license.strip() + "\n*/\n" + script;
    }

    private static final class Holder {
        static final PlotlyLibrary BUNDLED = load();

        private static PlotlyLibrary load() {
            Properties properties = new Properties();
            try (InputStream in = resource("plotly.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new PlotlyLibrary(properties.getProperty("package"), properties.getProperty("version"),
                    text("plotly.LICENSE"), text("plotly.min.js"));
        }

        private static String text(String name) {
            try (InputStream in = resource(name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = PlotlyLibrary.class.getResourceAsStream(BASE + name);
            if (in == null) {
                throw new IllegalStateException(BASE + name + " is missing from the classes: the build fetches it with npm"
                        + " (see pom.xml, fetch-plotly); run mvn package");
            }
            return in;
        }
    }
}
