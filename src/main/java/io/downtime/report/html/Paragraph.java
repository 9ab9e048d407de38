package io.downtime.report.html;

/**
 * A paragraph of plain text (escaped; no markup).
 *
 * @param note true for a side remark (drawn muted): a limit, a caveat, what is missing and why
 */
public record Paragraph(String text, boolean note) implements Block {

    public static Paragraph of(String text) {
        return new Paragraph(text, false);
    }

    public static Paragraph note(String text) {
        return new Paragraph(text, true);
    }
}
