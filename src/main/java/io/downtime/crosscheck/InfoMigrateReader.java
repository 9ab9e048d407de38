package io.downtime.crosscheck;

import io.downtime.grammar.InfoMigrateLexer;
import io.downtime.grammar.InfoMigrateParser;
import io.downtime.grammar.InfoMigrateParser.*;
import io.downtime.model.LineRef;
import io.downtime.trace.ParsingFront;

import java.util.Map;

/**
 * Reads QEMU's HMP {@code info migrate} output ({@code InfoMigrate.g4}), in the QEMU 10.0 layout
 * ({@code downtime: 4 ms}) and the 10.1 one ({@code Time (ms): total=35, setup=2, down=4}).
 */
public final class InfoMigrateReader extends LineReportReader<InfoMigrateParser, LineContext> {

    public InfoMigrateReader() {
        super(FigureSource.HMP_INFO_MIGRATE,
                "'info migrate' output such as 'downtime: 4 ms' (QEMU 10.0) or 'Time (ms): total=35, setup=2, down=4' (QEMU 10.1)",
                new ParsingFront.Grammar<>(InfoMigrateLexer::new, InfoMigrateParser::new, InfoMigrateParser::line,
                        new ReportLineWords(InfoMigrateLexer.INT, InfoMigrateLexer.SP, InfoMigrateLexer.WORD,
                                Map.of(InfoMigrateParser.RULE_statusValue, "a status")),
                        false, ParsingFront.Recovery.CURRENT_RULE));
    }

    @Override
    void collect(LineContext line, LineRef where, FiguresCollector figures) {
        if (line instanceof LegacyStatusContext status) {
            figures.status(status.statusValue().WORD().getText(), where);
        } else if (line instanceof StatusContext status) {
            figures.status(status.statusValue().WORD().getText(), where);
        } else if (line instanceof LegacyTotalTimeContext total) {
            figures.totalTime(ms(total.milliseconds()), where);
        } else if (line instanceof LegacyExpectedDowntimeContext expected) {
            figures.expectedDowntime(ms(expected.milliseconds()), where);
        } else if (line instanceof LegacyDowntimeContext downtime) {
            figures.downtime(ms(downtime.milliseconds()), where);
        } else if (line instanceof LegacySetupContext setup) {
            figures.setupTime(ms(setup.milliseconds()), where);
        } else if (line instanceof LegacyDowntimeRamContext ram) {
            figures.downtimeBytes(DataSize.kibibytes(number(ram.INT().getSymbol())), where);
        } else if (line instanceof TimesContext times) {
            for (TimeItemContext item : times.timeItem()) {
                time(item, where, figures);
            }
        } else if (line instanceof RamOthersContext others) {
            for (OtherItemContext item : others.otherItem()) {
                if (item instanceof DowntimeBytesContext bytes) {
                    figures.downtimeBytes(DataSize.exact(number(bytes.INT().getSymbol())), where);
                }
            }
        }
    }

    private static void time(TimeItemContext item, LineRef where, FiguresCollector figures) {
        if (item instanceof TotalTimeContext total) {
            figures.totalTime(number(total.INT().getSymbol()), where);
        } else if (item instanceof SetupTimeContext setup) {
            figures.setupTime(number(setup.INT().getSymbol()), where);
        } else if (item instanceof ExpectedDowntimeContext expected) {
            figures.expectedDowntime(number(expected.INT().getSymbol()), where);
        } else if (item instanceof DowntimeContext downtime) {
            figures.downtime(number(downtime.INT().getSymbol()), where);
        }
    }

    private static long ms(MillisecondsContext value) {
        return number(value.INT().getSymbol());
    }
}
