package io.downtime.report.html;

import java.util.List;

/** Labelled values inside a section ("offset", "dst - src < +1.907 ms"), drawn as the page header's facts are. */
public record FactList(List<HtmlPage.Fact> facts) implements Block {
    public FactList {
        facts = List.copyOf(facts);
    }
}
