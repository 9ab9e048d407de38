package io.downtime.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and the commit Maven stamped into the jar (pom.xml, execution stamp-commit): the commit
 * is git's {@code HEAD} when the build ran in a git checkout of the project, else unknown.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** What the build knew of its sources. */
    record Build(String version, String commit, boolean modified) {
        static final String UNKNOWN = "unknown";

        /** From version.properties; a value Maven did not fill in (a build that skipped the stamping) is unknown. */
        static Build of(Properties properties) {
            String version = known(properties.getProperty("version"));
            String commit = known(properties.getProperty("commit"));
            boolean modified = !commit.equals(UNKNOWN) && "true".equals(properties.getProperty("modified"));
            return new Build(version, commit, modified);
        }

        private static String known(String value) {
            return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.trim();
        }

        /** {@code commit 595a56f...}, {@code commit 595a56f... with uncommitted changes}, or why there is none. */
        String commitLine() {
            if (commit.equals(UNKNOWN)) {
                return "commit unknown (built outside a git checkout, or without git)";
            }
            return "commit " + commit + (modified ? " with uncommitted changes" : "");
        }
    }

    static Build build() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/io/downtime/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Build.of(properties);
    }

    /**
     * The version, as the outputs name their generator: from the jar's manifest (Implementation-Version), which
     * the class loader read when it defined this class's package, or which the launcher's class-data archive
     * holds; from version.properties when the classes are not in the jar (the tests). Reading the resource
     * opened the jar and read its 9,600-entry directory at every start, when nothing else of it is read:
     * every class comes from the archive (docs/performance.md, "Start-up, stop 25").
     */
    public static String version() {
        String manifest = VersionProvider.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : build().version();
    }

    @Override
    public String[] getVersion() {
        Build build = build();
        return new String[]{"analyzer " + build.version(), build.commitLine(),
                "Java " + System.getProperty("java.version") + ", picocli " + CommandLine.VERSION};
    }
}
