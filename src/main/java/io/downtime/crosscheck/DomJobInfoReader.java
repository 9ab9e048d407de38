package io.downtime.crosscheck;

import io.downtime.grammar.DomJobInfoLexer;
import io.downtime.grammar.DomJobInfoParser;
import io.downtime.grammar.DomJobInfoParser.*;
import io.downtime.model.LineRef;
import io.downtime.trace.ParsingFront;

import java.util.Map;

/** Reads {@code virsh domjobinfo DOMAIN --completed} output ({@code DomJobInfo.g4}). */
public final class DomJobInfoReader extends LineReportReader<DomJobInfoParser, LineContext> {

    public DomJobInfoReader() {
        super(FigureSource.VIRSH_DOMJOBINFO, "'virsh domjobinfo' output such as 'Total downtime: 38 ms'",
                new ParsingFront.Grammar<>(DomJobInfoLexer::new, DomJobInfoParser::new, DomJobInfoParser::line,
                        new ReportLineWords(DomJobInfoLexer.INT, DomJobInfoLexer.SP, DomJobInfoLexer.WORD,
                                Map.of(DomJobInfoParser.RULE_words, "a word", DomJobInfoParser.RULE_operationName, "a word")),
                        false, ParsingFront.Recovery.CURRENT_RULE));
    }

    @Override
    void collect(LineContext line, LineRef where, FiguresCollector figures) {
        if (line instanceof JobTypeContext job) {
            figures.status(job.words().getText(), where);
        } else if (line instanceof OperationContext operation) {
            if (operation.operationName() instanceof OutgoingContext) {
                figures.direction(MigrationDirection.OUTGOING, where);
            } else if (operation.operationName() instanceof IncomingContext) {
                figures.direction(MigrationDirection.INCOMING, where);
            }
        } else if (line instanceof TimeElapsedContext elapsed) {
            figures.totalTime(ms(elapsed.milliseconds()), where);
        } else if (line instanceof TimeElapsedWithoutNetworkContext elapsed) {
            figures.totalTimeWithoutNetwork(ms(elapsed.milliseconds()), where);
        } else if (line instanceof ExpectedDowntimeContext expected) {
            figures.expectedDowntime(ms(expected.milliseconds()), where);
        } else if (line instanceof TotalDowntimeContext downtime) {
            figures.downtime(ms(downtime.milliseconds()), where);
        } else if (line instanceof DowntimeWithoutNetworkContext downtime) {
            figures.downtimeWithoutNetwork(ms(downtime.milliseconds()), where);
        } else if (line instanceof SetupTimeContext setup) {
            figures.setupTime(ms(setup.milliseconds()), where);
        }
    }

    private static long ms(MillisecondsContext value) {
        return number(value.INT().getSymbol());
    }
}
