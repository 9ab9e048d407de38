package io.downtime.trace;

import io.downtime.grammar.TraceLineParser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The understood names the build wrote from the grammar ({@code src/build/UnderstoodNamesSource.java}, with
 * ANTLR's tool) are the ones the generated parser's own ATN gives: the literals of the tokens an
 * {@code understoodEvent} can start with, in token order.
 */
class UnderstoodNamesTest {

    @Test
    void theBuildsNamesAreTheParsersATNs() {
        ATN atn = TraceLineParser._ATN;
        IntervalSet first = atn.nextTokens(atn.ruleToStartState[TraceLineParser.RULE_understoodEvent]);
        List<String> fromParser = new ArrayList<>();
        for (int type : first.toList()) {
            String literal = TraceLineParser.VOCABULARY.getLiteralName(type);
            fromParser.add(literal.substring(1, literal.length() - 1));
            assertTrue(UnderstoodNames.isName(type), literal);
        }
        assertEquals(fromParser, UnderstoodNames.names());
        // grammar/TraceLine.g4 defines the understood events' first tokens together, from VMSTATE_DOWNTIME_SAVE
        // ('vmstate_downtime_save') to LOADVM_PROCESS_COMMAND ('loadvm_process_command'), 28 of them
        assertEquals(28, UnderstoodNames.names().size());
        assertEquals("vmstate_downtime_save", UnderstoodNames.names().get(0));
        assertEquals("loadvm_process_command", UnderstoodNames.names().get(UnderstoodNames.names().size() - 1));
        assertFalse(UnderstoodNames.isName(TraceLineParser.EOF));
    }
}
