package io.downtime.report.html;

import io.downtime.model.DeviceDowntime;
import io.downtime.testing.ReadResult;
import io.downtime.testing.SampleTraces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link HtmlTable} as rendered, built with {@link HtmlTableBuilder}. */
class HtmlTableTest {

    /** Every cell's text, empty ones included (Jsoup's eachText leaves those out). */
    private static List<String> texts(Elements cells) {
        return cells.stream().map(Element::text).toList();
    }

    private static Element rendered(HtmlTable table) {
        StringBuilder html = new StringBuilder();
        table.render(html);
        return Jsoup.parseBodyFragment(html.toString()).selectFirst("table");
    }

    /**
     * dst-stalled-400ms/src.log's first three device saves, as the events page lists them. Lines 6, 8 and 9:
     * {@code vmstate_downtime_save type=iterable idstr=ram instance_id=0 downtime=485},
     * {@code ... idstr=timer instance_id=0 downtime=11}, {@code ... idstr=slirp instance_id=0 downtime=15}.
     */
    @Test
    void numbersOfARealTraceAreRightAlignedAndSortByValue() {
        List<DeviceDowntime> saves = ReadResult.read(SampleTraces.path("dst-stalled-400ms/src.log")).events().stream()
                .filter(DeviceDowntime.class::isInstance).map(DeviceDowntime.class::cast).limit(3).toList();
        Element table = rendered(HtmlTableBuilder.over(saves)
                .number("line", d -> d.header().where().line())
                .text("idstr", DeviceDowntime::idstr)
                .number("downtime (µs)", DeviceDowntime::downtimeMicros)
                .build());

        assertTrue(table.hasClass("sortable"));
        assertEquals(List.of("line", "idstr", "downtime (µs)"), texts(table.select("th")));
        assertEquals(List.of(true, false, true), table.select("th").stream().map(th -> th.hasClass("num")).toList());
        assertEquals(List.of("6 ram 485", "8 timer 11", "9 slirp 15"), texts(table.select("tbody tr")));
        // The browser sorts 485 above 15 and 11 though "485" < "15" as text: by the key, the number as a double.
        assertEquals(List.of("485.0", "11.0", "15.0"), table.select("tbody td:nth-child(3)").eachAttr("data-sort"));
        assertEquals(List.of("6.0", "8.0", "9.0"), table.select("tbody td:nth-child(1)").eachAttr("data-sort"));
        // Words sort as text: no key.
        assertTrue(table.select("tbody td:nth-child(2)").eachAttr("data-sort").isEmpty());
        assertFalse(table.select("tbody td:nth-child(2)").hasClass("num"));
    }

    @Test
    void textIsEscapedAndANullTextIsAnEmptyCell() {
        Element table = rendered(HtmlTableBuilder.over(List.of("<script>alert(1)</script>", "a & b", "'q' \"d\""))
                .text("idstr", text -> text)
                .text("never", text -> null)
                .build());
        assertEquals(List.of("<script>alert(1)</script>", "a & b", "'q' \"d\""),
                texts(table.select("tbody td:nth-child(1)")));
        assertTrue(table.select("script").isEmpty());
        assertEquals(List.of("", "", ""), texts(table.select("tbody td:nth-child(2)")));
    }

    /**
     * Whole numbers are written in full (no grouping); their keys as Double.toString writes them, which switches
     * to E notation from 10^7: 12,345,678 µs is "1.2345678E7", which page.js's parseFloat reads as the number.
     */
    @Test
    void largeNumbersAreWrittenInFullAndKeyedInENotation() {
        Element table = rendered(HtmlTableBuilder.over(List.of(12_345_678L, -5L))
                .number("µs", value -> value)
                .build());
        assertEquals(List.of("12345678", "-5"), texts(table.select("tbody td")));
        assertEquals(List.of("1.2345678E7", "-5.0"), table.select("tbody td").eachAttr("data-sort"));
    }

    @Test
    void aMissingNumberIsAnEmptyCellWithoutKey() {
        Element table = rendered(HtmlTableBuilder.over(List.of(OptionalLong.of(1195), OptionalLong.empty()))
                .numberOrEmpty("save (µs)", value -> value)
                .build());
        assertEquals(List.of("1195", ""), texts(table.select("tbody td")));
        assertEquals(List.of("1195.0"), table.select("tbody td").eachAttr("data-sort"));
        assertTrue(table.select("th").hasClass("num"));
    }

    /** "0.000": three decimals, the root locale's point whatever the machine's locale; NaN is no value. */
    @Test
    void decimalsFollowTheirPatternAndKeepTheirValueAsKey() {
        Element table = rendered(HtmlTableBuilder.over(List.of(1.5, -31.4256, 12.0, Double.NaN))
                .decimal("t (ms)", "0.000", value -> OptionalDouble.of(value))
                .build());
        assertEquals(List.of("1.500", "-31.426", "12.000", ""), texts(table.select("tbody td")));
        assertEquals(List.of("1.5", "-31.4256", "12.0"), table.select("tbody td").eachAttr("data-sort"));
    }

    /** Figures printed with their uncertainty sort by a number that is not shown; without one, by their text. */
    @Test
    void printedFiguresSortByTheirKeys() {
        record Since(String text, OptionalDouble key) {
        }
        Element table = rendered(HtmlTableBuilder.over(List.of(
                        new Since("≥404.898", HtmlTableBuilder.sortKey(OptionalLong.of(404_898))),
                        new Since("-31.426", HtmlTableBuilder.sortKey(OptionalLong.of(-31_426))),
                        new Since("", HtmlTableBuilder.sortKey(OptionalLong.empty())),
                        new Since("0/0", OptionalDouble.of(Double.NaN))))
                .text("event", since -> "e")
                .figure("since (ms)", Since::text, Since::key)
                .build());
        assertEquals(List.of(false, true), table.select("th").stream().map(th -> th.hasClass("num")).toList());
        assertEquals(List.of("≥404.898", "-31.426", "", "0/0"), texts(table.select("tbody td:nth-child(2)")));
        // the empty cell and the NaN have no key
        assertEquals(List.of("404898.0", "-31426.0"), table.select("tbody td:nth-child(2)").eachAttr("data-sort"));
    }

    @Test
    void rowsMustFitTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlTable(
                List.of(new HtmlTable.HtmlColumn("a", false)),
                List.of(List.of(new HtmlTable.Cell("1", null), new HtmlTable.Cell("2", null))), List.of()));
    }

    /** Rows a reader must not miss carry a class (the compare page's regressions); one class per row or none. */
    @Test
    void rowClassesMarkRows() {
        Element table = rendered(HtmlTableBuilder.over(List.of("a", "b"))
                .text("figure", figure -> figure)
                .rowClasses(figure -> figure.equals("b") ? "regression" : "")
                .build());
        assertEquals(List.of("", "regression"), table.select("tbody tr").stream().map(Element::className).toList());
        HtmlTable oneRow = HtmlTableBuilder.over(List.of("a", "b")).text("figure", figure -> figure).build();
        assertThrows(IllegalArgumentException.class,
                () -> new HtmlTable(oneRow.columns(), oneRow.rows(), List.of("regression")));
    }

    @Test
    void aTableWithoutRowsHasItsHeaders() {
        Element table = rendered(HtmlTableBuilder.over(List.<String>of()).text("migration", m -> m).build());
        assertEquals(List.of("migration"), texts(table.select("th")));
        assertTrue(table.select("tbody tr").isEmpty());
    }
}
