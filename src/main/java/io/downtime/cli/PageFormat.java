package io.downtime.cli;

import java.util.Locale;

/** The formats of the commands that also draw a page: the listing formats, and one HTML page. */
enum PageFormat {
    TEXT, CSV, JSON, HTML;

    /** The name the renderers know the format by: {@code text}, {@code csv}, {@code json}, {@code html}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
