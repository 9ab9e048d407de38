package io.downtime.report.html;

/** A heading inside a section, for its parts ("Clock alignment", "Devices"). */
public record Subheading(String text) implements Block {
}
