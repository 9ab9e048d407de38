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

    public static String version() {
        return build().version();
    }

    @Override
    public String[] getVersion() {
        Build build = build();
        return new String[]{"analyzer " + build.version(), build.commitLine(),
                "Java " + System.getProperty("java.version") + ", picocli " + CommandLine.VERSION};
    }
}
