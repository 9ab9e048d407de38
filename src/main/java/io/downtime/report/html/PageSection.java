package io.downtime.report.html;

import java.util.ArrayList;
import java.util.List;

/** A titled part of a page; blocks are added in the order they are drawn. */
public final class PageSection {
    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    PageSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public PageSection add(Block block) {
        blocks.add(block);
        return this;
    }

    public PageSection paragraph(String text) {
        return add(Paragraph.of(text));
    }

    public PageSection note(String text) {
        return add(Paragraph.note(text));
    }
}
