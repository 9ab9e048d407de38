package io.downtime.report.html;

/** One piece of a page section, drawn in order. */
public sealed interface Block permits Paragraph, HtmlTable, Chart, FactList, Subheading {
}
