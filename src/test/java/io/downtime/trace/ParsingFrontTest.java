package io.downtime.trace;

import io.downtime.model.LineRef;
import io.downtime.testing.SampleTraces;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one parsing front: a front reused line after line says of each line what a fresh one says
 * (nothing of a rejected line leaks into the next), and a value refused while a tree is read is a
 * diagnostic at its column, as a syntax error is.
 */
class ParsingFrontTest {
    private static final String LOG = "libvirt-one-migration/src-host-guest-a.log";

    private static String outcome(ParsingFront<io.downtime.grammar.LibvirtLineParser,
            io.downtime.grammar.LibvirtLineParser.LineContext> front, String line, long number) {
        return front.parse(line, new LineRef("log", number), (tree, where) -> "parsed " + tree.getClass().getSimpleName(),
                Diagnostic::toString);
    }

    /**
     * Every line of the libvirt sample, each preceded by a damaged libvirt line (its own first line with a
     * month 13, and with "versoin"), through one reused front and through a fresh front per line: the same.
     */
    @Test
    void aReusedFrontSaysWhatAFreshOneSays() throws IOException {
        List<String> lines = Files.readAllLines(SampleTraces.path(LOG));
        String first = lines.get(0);
        List<String> damaged = List.of(first.replace("2026-11-26", "2026-13-26"),
                first.replace("libvirt version", "libvirt versoin"), first.substring(0, 40));
        var reused = new ParsingFront<>(LibvirtLineParser.GRAMMAR);
        List<String> fromReused = new ArrayList<>();
        List<String> fromFresh = new ArrayList<>();
        long number = 0;
        for (String line : lines) {
            for (String before : damaged) {
                number++;
                fromReused.add(outcome(reused, before, number));
                fromFresh.add(outcome(new ParsingFront<>(LibvirtLineParser.GRAMMAR), before, number));
                number++;
                fromReused.add(outcome(reused, line, number));
                fromFresh.add(outcome(new ParsingFront<>(LibvirtLineParser.GRAMMAR), line, number));
            }
        }
        assertEquals(fromFresh, fromReused);
        // The damaged lines are rejected, at the column of what is wrong: "versoin" starts at column 43.
        assertTrue(fromFresh.get(2).startsWith("log:3:43: expected "), fromFresh.get(2));
        assertEquals(6L * lines.size(), fromReused.size());
    }

    /** A value refused while the tree is read: the diagnostic at the column the reader gave, like a syntax error. */
    @Test
    void aRefusedValueIsADiagnostic() {
        var front = new ParsingFront<>(LineParser.GRAMMAR);
        String line = "30768@1795655134.281903:vmstate_downtime_checkpoint src-downtime-start";
        String refused = front.parse(line, new LineRef("src.log", 7), (tree, where) -> {
            throw new InvalidValueException(25, "refused here");
        }, Diagnostic::toString);
        assertEquals("src.log:7:25: refused here", refused);
        String parsed = front.parse(line, new LineRef("src.log", 8), (tree, where) -> "parsed at " + where,
                Diagnostic::toString);
        assertEquals("parsed at src.log:8", parsed);
        // A syntax error: "vmstate_downtime_checkpoint" needs its checkpoint name (column 53 is the end of line).
        String cut = front.parse(line.substring(0, 52), new LineRef("src.log", 9), (tree, where) -> "parsed",
                Diagnostic::toString);
        assertTrue(cut.startsWith("src.log:9:53: expected "), cut);
    }
}
