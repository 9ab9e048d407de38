package io.downtime.trace;

import io.downtime.model.LineRef;
import io.downtime.model.OtherEvent;
import io.downtime.model.TraceEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link FastLineParser} may only ever say what the grammar says: whenever it reads a line, the grammar
 * reads the same event from it (the same record: kind, stamp, every field). Checked on every sample line
 * in every form, damaged variants of each, the grammar's literals where names and arguments stand, and
 * the understood lines with one argument replaced by something that is a near miss for a shortcut: a
 * literal of the grammar, a number at the edge of 64 bits, a tab, two spaces, a byte that is not ASCII,
 * a control character. It must also read (not leave to the grammar) every plainly well-formed understood
 * line of the samples, or it would be no shortcut.
 */
class FastLineParserAgreementTest {
    private static final LineRef WHERE = new LineRef("corpus", 7);
    private static final List<String> NEAR_MISSES = List.of("9223372036854775807", "9223372036854775808",
            "99999999999999999", "999999999999999999", "1234567890123456789", "-9223372036854775808", "-0", "007",
            "0x1f", "1.5", "\t", "  ", " ", "", "é", "\u0000", "\u001b", "\u007f", "(", ")", ",", ", section_id",
            "instance_id=", "x instance_id=1", "->", "-", "=", "ram)", "(ram", "a b");

    private final FastLineParser fast = new FastLineParser();
    private final FastLine line = new FastLine();
    private final LineParser grammar = new LineParser();
    private final LinePrefilter prefilter = new LinePrefilter();

    @Test
    void everyEventItReadsIsTheGrammars() {
        List<String> real = LineCorpus.real();
        List<String> corpus = new ArrayList<>(real);
        corpus.addAll(LineCorpus.damaged(real, 18));
        corpus.addAll(nearMisses(real));
        corpus.addAll(literalsInPlace());
        int read = 0;
        for (String text : new LinkedHashSet<>(corpus)) {
            read += check(text) ? 1 : 0;
        }
        assertTrue(corpus.size() > 50_000 && read > 10_000, corpus.size() + " lines, " + read + " read by the shortcut");
    }

    /** Every understood trace event of the samples, in every form, is read by the shortcut itself. */
    @Test
    void everyUnderstoodSampleLineTakesTheShortcut() {
        int understood = 0;
        for (String text : LineCorpus.real()) {
            ParseOutcome outcome = grammar.parse(text, WHERE);
            if (outcome instanceof ParseOutcome.Parsed parsed && !(parsed.event() instanceof OtherEvent)
                    && parsed.event().kind().label().indexOf(':') < 0) {
                understood++;
                assertTrue(check(text), "the shortcut leaves a plain understood line to the grammar: " + text);
            }
        }
        // 1,435 understood trace lines in the logs (not counting QEMU's messages and libvirt's lines), in four forms
        assertTrue(understood > 5_000, understood + " understood lines");
    }

    /** True when the shortcut read the line; then the grammar read the same. */
    private boolean check(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!fast.parse(bytes, 0, bytes.length, line)) {
            return false;
        }
        TraceEvent event = line.event(WHERE);
        // the reader takes the shortcut before the prefilter: the prefilter must have sent the line on
        assertEquals(LinePrefilter.Verdict.CANDIDATE, prefilter.classify(bytes, 0, bytes.length), text);
        ParseOutcome outcome = grammar.parse(text, WHERE);
        ParseOutcome.Parsed parsed = assertInstanceOf(ParseOutcome.Parsed.class, outcome,
                () -> "the shortcut reads " + event + " where the grammar says " + outcome + ": " + text);
        assertEquals(parsed.event(), event, text);
        return true;
    }

    /** Each understood sample line with one of its words replaced, or a near miss put before or after it. */
    private List<String> nearMisses(List<String> real) {
        Random random = new Random(1813);
        List<String> lines = new ArrayList<>();
        for (String text : real) {
            ParseOutcome outcome = grammar.parse(text, WHERE);
            if (!(outcome instanceof ParseOutcome.Parsed parsed) || parsed.event() instanceof OtherEvent) {
                continue;
            }
            List<Integer> cuts = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '=' || c == '(' || c == ')' || c == ',' || c == ':' || c == '@' || c == '.') {
                    cuts.add(i + 1);
                }
            }
            cuts.add(text.length());
            for (int k = 0; k < 3; k++) {
                int at = cuts.get(random.nextInt(cuts.size()));
                String miss = NEAR_MISSES.get(random.nextInt(NEAR_MISSES.size()));
                int wordEnd = at;
                while (wordEnd < text.length() && " =(),:".indexOf(text.charAt(wordEnd)) < 0) {
                    wordEnd++;
                }
                lines.add(text.substring(0, at) + miss + text.substring(wordEnd));
                lines.add(text.substring(0, at) + miss + text.substring(at));
            }
        }
        return lines;
    }

    /** Every literal of the grammar after every understood name and after each stamp. */
    private static List<String> literalsInPlace() {
        List<String> lines = new ArrayList<>();
        List<String> literals = LineCorpus.literals();
        for (String stamp : LineCorpus.STAMPS) {
            for (String name : UnderstoodNames.names()) {
                for (String literal : literals) {
                    lines.add(stamp + name + " " + literal);
                    lines.add(stamp + name + " " + literal + " 5");
                }
                lines.add(stamp + name);
                lines.add(stamp + name + " ");
            }
        }
        return lines;
    }
}
