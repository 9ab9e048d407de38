package io.downtime.cli;

import io.downtime.report.Format;

/** The formats of the commands that also draw a page: the listing formats, and one HTML page. */
enum PageFormat {
    TEXT, CSV, JSON, HTML;

    /** The renderers' name of the format. */
    Format format() {
        return Format.valueOf(name());
    }
}
