package io.downtime.trace;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The text a rule of a line grammar matched, exactly as it stands in the line (the spaces between
 * its tokens included), which a token-by-token {@code getText()} would drop.
 */
final class RuleText {
    private RuleText() {
    }

    /** The matched text; empty for a rule that matched nothing. */
    static String of(ParserRuleContext rule) {
        Token start = rule.getStart();
        Token stop = rule.getStop();
        if (stop == null || stop.getStopIndex() < start.getStartIndex()) {
            return "";
        }
        return start.getInputStream().getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
    }

    /**
     * The matched text of a name that recurs in every migration (a device's idstr, a checkpoint, a
     * state), one shared copy of it: a run set of thousands of migrations keeps their events, and a
     * copy per event was a fifth of its memory. The JVM's string table lets go of names no longer used.
     */
    static String name(ParserRuleContext rule) {
        return of(rule).intern();
    }
}
