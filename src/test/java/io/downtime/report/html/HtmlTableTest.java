package io.downtime.report.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTableTest {

    @Test
    void tablesawTableBecomesASortableTableWithEscapedText() {
        DoubleColumn ms = DoubleColumn.create("t (ms)", 1.5, 12.25);
        ms.appendMissing();
        Table table = Table.create("t",
                StringColumn.create("idstr", "<script>alert(1)</script>", "a & b", "'q' \"d\""),
                LongColumn.create("downtime (µs)", 485, 11, 1195),
                ms);
        StringBuilder html = new StringBuilder();
        HtmlTable.of(table).render(html);
        Element rendered = Jsoup.parseBodyFragment(html.toString()).selectFirst("table");

        assertTrue(rendered.hasClass("sortable"));
        assertEquals(List.of("idstr", "downtime (µs)", "t (ms)"), rendered.select("th").eachText());
        assertEquals(List.of(false, true, true), rendered.select("th").stream().map(th -> th.hasClass("num")).toList());
        assertEquals(List.of("<script>alert(1)</script>", "a & b", "'q' \"d\""),
                rendered.select("tbody td:nth-child(1)").eachText());
        assertTrue(rendered.select("script").isEmpty());
        // Numbers sort by value: 1195 > 485 though "1195" < "485" as text.
        assertEquals(List.of("485.0", "11.0", "1195.0"), rendered.select("tbody td:nth-child(2)").eachAttr("data-sort"));
        // A missing value is an empty cell with nothing to sort by.
        Element missing = rendered.select("tbody tr").get(2).child(2);
        assertEquals("", missing.text());
        assertTrue(!missing.hasAttr("data-sort"));
    }

    /** Figures printed with their uncertainty sort by the value of a key column, which is not shown. */
    @Test
    void printedFiguresSortByTheirKeys() {
        Table table = Table.create("t",
                StringColumn.create("event", "a", "b", "c"),
                StringColumn.create("since (ms)", "≥404.898", "-31.426", ""));
        LongColumn keys = LongColumn.create("keys", 404_898, -31_426);
        keys.appendMissing();
        StringBuilder html = new StringBuilder();
        HtmlTable.of(table, Map.of("since (ms)", keys)).render(html);
        Element rendered = Jsoup.parseBodyFragment(html.toString()).selectFirst("table");
        assertEquals(List.of("event", "since (ms)"), rendered.select("th").eachText());
        assertEquals(List.of(false, true), rendered.select("th").stream().map(th -> th.hasClass("num")).toList());
        assertEquals(List.of("≥404.898", "-31.426", ""),
                rendered.select("tbody td:nth-child(2)").stream().map(Element::text).toList());
        assertEquals(List.of("404898.0", "-31426.0"), rendered.select("tbody td:nth-child(2)").eachAttr("data-sort"));
        assertThrows(IllegalArgumentException.class, () -> HtmlTable.of(table, Map.of("since (ms)", LongColumn.create("k", 1))));
        assertThrows(IllegalArgumentException.class, () -> HtmlTable.of(table, Map.of("no such column", keys)));
    }

    @Test
    void rowsMustFitTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlTable(
                List.of(new HtmlTable.HtmlColumn("a", false)),
                List.of(List.of(new HtmlTable.Cell("1", null), new HtmlTable.Cell("2", null)))));
    }

    /** Rows a reader must not miss carry a class (the compare page's regressions); one class per row or none. */
    @Test
    void rowClassesMarkRows() {
        Table table = Table.create("t", StringColumn.create("figure", "a", "b"));
        StringBuilder html = new StringBuilder();
        HtmlTable.of(table).withRowClasses(List.of("", "regression")).render(html);
        Element rendered = Jsoup.parseBodyFragment(html.toString()).selectFirst("table");
        assertEquals(List.of("", "regression"), rendered.select("tbody tr").stream().map(Element::className).toList());
        assertThrows(IllegalArgumentException.class, () -> HtmlTable.of(table).withRowClasses(List.of("regression")));
    }
}
