package io.downtime.cli;

import io.downtime.report.Format;
import io.downtime.report.compare.ComparisonFormats;
import io.downtime.report.events.EventListing;
import io.downtime.report.migration.ReportFormats;
import io.downtime.report.replay.ReplayFormats;
import io.downtime.report.runs.RunSetFormats;
import io.downtime.report.sweep.SweepFormats;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every --format a command accepts is one its document offers, and the other way round: picocli refuses
 * the others before anything is read, and no accepted choice can reach the renderers' error.
 */
class FormatChoicesTest {
    private static Set<Format> choices(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> Format.valueOf(value.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Format.class)));
    }

    @Test
    void eachCommandsChoicesAreItsDocumentsFormats() {
        assertEquals(choices(ReportCommand.ReportFormat.values()), ReportFormats.FORMATS.offered());
        assertEquals(choices(ReplayCommand.ReplayFormat.values()), ReplayFormats.formats(false).offered());
        assertEquals(choices(PageFormat.values()), SweepFormats.FORMATS.offered());
        assertEquals(choices(PageFormat.values()), ComparisonFormats.formats(10).offered());
        assertEquals(choices(PageFormat.values()), EventListing.formats(true).offered());
        assertEquals(choices(OutputFormat.values()), RunSetFormats.LISTING.offered());
        // --summary takes text, csv or json (RunsCommand refuses openmetrics before it gets here)
        assertEquals(EnumSet.of(Format.TEXT, Format.CSV, Format.JSON), RunSetFormats.summary(10).offered());
    }
}
