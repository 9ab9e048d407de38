package io.downtime.metrics;

import java.io.PrintWriter;
import java.util.List;

/**
 * The OpenMetrics text exposition (version 1.0.0) of metric families: {@code # TYPE} and {@code # HELP}
 * per family, one line per sample, and {@code # EOF}. The same text is valid Prometheus text format
 * 0.0.4 (where {@code # EOF} is a comment), which node_exporter's textfile collector and a Pushgateway
 * read.
 */
public final class OpenMetricsText {
    /** The HTTP content type a Pushgateway or scraper is given with this text. */
    public static final String CONTENT_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private OpenMetricsText() {
    }

    public static void write(List<MetricFamily> families, PrintWriter out) {
        for (MetricFamily family : families) {
            out.print("# TYPE " + family.name() + " " + family.type().label() + "\n");
            out.print("# HELP " + family.name() + " " + escape(family.help(), false) + "\n");
            for (MetricSample sample : family.samples()) {
                StringBuilder line = new StringBuilder(sample.name());
                if (!sample.labels().isEmpty()) {
                    line.append('{');
                    for (int i = 0; i < sample.labels().size(); i++) {
                        MetricSample.Label label = sample.labels().get(i);
                        if (i > 0) {
                            line.append(',');
                        }
                        line.append(label.name()).append("=\"").append(escape(label.value(), true)).append('"');
                    }
                    line.append('}');
                }
                line.append(' ').append(sample.value());
                out.print(line + "\n");
            }
        }
        out.print("# EOF\n");
        out.flush();
    }

    /** Backslash and line feed escaped, and in a label value the double quote too (the format's only escapes). */
    static String escape(String text, boolean labelValue) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                escaped.append("\\\\");
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '"' && labelValue) {
                escaped.append("\\\"");
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
