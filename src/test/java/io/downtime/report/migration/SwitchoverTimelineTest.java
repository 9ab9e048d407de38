package io.downtime.report.migration;

import com.fasterxml.jackson.databind.JsonNode;
import io.downtime.analysis.MigrationAnalysis;
import io.downtime.analysis.TimelineAxis;
import io.downtime.clock.AlignedMigration;
import io.downtime.clock.AlignmentOptions;
import io.downtime.clock.Estimate;
import io.downtime.clock.Interval;
import io.downtime.report.html.Chart;
import io.downtime.report.html.MarkerSymbol;
import io.downtime.run.Role;
import io.downtime.testing.SampleMigrations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timeline chart as data (its rows, shapes and annotations), and how another page adds to it:
 * the replay page's checks as a row of marks in a host's lane, the moment a policy fired as a line.
 * The drawing itself is checked in a browser by ReportPageBrowserTest.
 */
class SwitchoverTimelineTest {

    private static MigrationAnalysis analysis(String name) {
        return MigrationAnalysis.of(AlignedMigration.align(SampleMigrations.only(name), AlignmentOptions.automatic()));
    }

    private static List<String> rows(Chart chart) {
        List<String> rows = new ArrayList<>();
        chart.figure().at("/layout/yaxis/categoryarray").forEach(row -> rows.add(row.asText()));
        return rows;
    }

    /**
     * dst-stalled-400ms's axis: src-downtime-start (src.log:3, 1795654070.597297) is x = 0; the
     * destination's dst-precopy-bh-vm-started (dst.log:39, 1795654071.004555 on its clock) is placed
     * with dst - src < +1.907 ms at 1795654071.004555 - 0.001907 - 1795654070.597297 = 405.351 ms
     * or later.
     */
    @Test
    void theAxisPlacesEitherHostsMoments() {
        TimelineAxis axis = TimelineAxis.of(analysis("dst-stalled-400ms")).orElseThrow();
        assertEquals(1795654070_597297L, axis.referenceMicros());
        assertEquals("src-downtime-start", axis.reference());
        assertEquals(Estimate.exactly(1_082), axis.since(Role.SOURCE, 1795654070_598379L).orElseThrow(), "src.log:4 src-vm-stopped");
        assertEquals(new Estimate(Interval.atLeast(405_351), OptionalLong.of(405_351)),
                axis.since(Role.DESTINATION, 1795654071_004555L).orElseThrow());
    }

    @Test
    void aTraceWithoutTimesHasNoTimeline() {
        assertTrue(SwitchoverTimeline.of(analysis("precopy-no-timestamps")).isEmpty());
    }

    @Test
    void rowsOfAPrecopyMigrationAndItsBand() {
        Chart chart = SwitchoverTimeline.of(analysis("dst-stalled-400ms")).orElseThrow().chart();
        assertEquals(List.of("guest stopped", "QEMU's figure", "src checkpoints", "src states", "src phases",
                "src device saves", "phases across hosts", "dst checkpoints", "dst states", "dst phases",
                "dst device loads"), rows(chart));
        // One-sided: every destination moment may lie anywhere later, so the band is one stretch from
        // the earliest (dst.log:1 setup at 069.564939 - 0.001907 - 070.597297 = -1034.265 ms) to the
        // chart's right end, over the destination's rows 7 to 10.
        List<JsonNode> bands = new ArrayList<>();
        chart.figure().at("/layout/shapes").forEach(shape -> {
            if (shape.path("fillcolor").asText().equals(SwitchoverTimeline.DESTINATION_COLOUR)) {
                bands.add(shape);
            }
        });
        assertEquals(1, bands.size(), bands.toString());
        assertEquals(-1034.265, bands.get(0).get("x0").asDouble(), 1e-9);
        assertEquals(6.5, bands.get(0).get("y0").asDouble());
        assertEquals(10.5, bands.get(0).get("y1").asDouble());
        assertEquals(chart.figure().at("/layout/xaxis/range/1").asDouble(), bands.get(0).get("x1").asDouble());
    }

    /**
     * What the replay page does: a row of one policy's checks in the source's lane, and the moment
     * it fired over the whole chart. The row goes at the end of the host's lane.
     */
    @Test
    void anotherPageAddsARowOfMarksAndAMoment() {
        SwitchoverTimeline timeline = SwitchoverTimeline.of(analysis("dst-stalled-400ms")).orElseThrow();
        TimelineAxis axis = timeline.axis();
        // Checks after src-vm-stopped (src.log:4) and after ram's save (src.log:6, 070.598977).
        Estimate first = axis.since(Role.SOURCE, 1795654070_598379L).orElseThrow();
        Estimate second = axis.since(Role.SOURCE, 1795654070_598977L).orElseThrow();
        Chart chart = timeline
                .marks(Role.SOURCE, "src checks: strict", "#000000", MarkerSymbol.TRIANGLE_UP,
                        List.of(new SwitchoverTimeline.Mark(first, "check 1"), new SwitchoverTimeline.Mark(second, "check 2")))
                .moment("strict fires", second, "#000000")
                .chart();
        List<String> rows = rows(chart);
        assertEquals(rows.indexOf("src device saves") + 1, rows.indexOf("src checks: strict"), rows.toString());
        assertEquals(rows.indexOf("src checks: strict") + 1, rows.indexOf("phases across hosts"), rows.toString());
        // The marks' trace: 1.082 and 1.680 ms (070.598977 - 070.597297), with their hover texts.
        JsonNode traces = chart.figure().get("data");
        JsonNode checks = traces.get(traces.size() - 1);
        assertEquals("[\"check 1\",\"check 2\"]", checks.get("hovertext").toString());
        assertEquals("[\"1.082\",\"1.68\"]", checks.get("x").toString());
        assertEquals("[\"src checks: strict\",\"src checks: strict\"]", checks.get("y").toString());
        assertEquals("triangle-up", checks.at("/marker/symbol").asText());
        List<JsonNode> lines = new ArrayList<>();
        chart.figure().at("/layout/shapes").forEach(shape -> {
            if (shape.get("type").asText().equals("line") && shape.get("yref").asText().equals("paper")) {
                lines.add(shape);
            }
        });
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(1.68, lines.get(0).get("x0").asDouble(), 1e-9);
        assertEquals(1.68, lines.get(0).get("x1").asDouble(), 1e-9);
        List<String> labels = new ArrayList<>();
        chart.figure().at("/layout/annotations").forEach(annotation -> labels.add(annotation.get("text").asText()));
        assertTrue(labels.contains("strict fires"), labels.toString());
    }
}
