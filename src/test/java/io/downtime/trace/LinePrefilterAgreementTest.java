package io.downtime.trace;

import io.downtime.model.LineRef;
import io.downtime.model.OtherEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The prefilter decides which lines never reach the grammar, so it must never hide a line the
 * grammar would understand, and the event names it counts must be the grammar's. Checked on every
 * line of every sample (including the libvirt logs), their ISO and SystemTap forms, and
 * many damaged variants made from them (cut, characters dropped or inserted).
 */
class LinePrefilterAgreementTest {
    private final LinePrefilter prefilter = new LinePrefilter();
    private final LineParser parser = new LineParser();
    private final LibvirtLineParser libvirtParser = new LibvirtLineParser();

    @Test
    void prefilterAgreesWithTheGrammar() {
        List<String> corpus = corpus();
        assertTrue(corpus.size() > 20_000, "corpus size " + corpus.size());
        Map<LinePrefilter.Verdict, Integer> verdicts = new EnumMap<>(LinePrefilter.Verdict.class);
        for (String line : corpus) {
            verdicts.merge(check(line), 1, Integer::sum);
        }
        assertTrue(verdicts.get(LinePrefilter.Verdict.LIBVIRT) > 50, verdicts.toString());
        // All three verdicts are exercised.
        assertTrue(verdicts.get(LinePrefilter.Verdict.CANDIDATE) > 1000 && verdicts.get(LinePrefilter.Verdict.OTHER_EVENT) > 100
                && verdicts.get(LinePrefilter.Verdict.NON_TRACE) > 100, verdicts.toString());
    }

    /**
     * The lexer reads every literal of the grammar ({@code 'bandwidth'}, {@code 'estimate pending size'},
     * {@code 'vmstate_downtime_save'} ...) as a token of its own wherever it stands, also where an event's
     * name stands, where the prefilter sees only a name: every literal of the lexer's vocabulary, in every
     * line form, followed by nothing, a space, arguments or more name characters, must be read as the
     * prefilter says.
     */
    @Test
    void everyLiteralOfTheGrammarWhereAnEventNameStands() {
        int literals = 0;
        int understood = 0;
        Map<LinePrefilter.Verdict, Integer> verdicts = new EnumMap<>(LinePrefilter.Verdict.class);
        for (String literal : LineCorpus.literals()) {
            literals++;
            for (String prefix : LineCorpus.STAMPS) {
                for (String rest : List.of("", " ", "\t", " x y", " 12", "x", "_x", "=1", " (1)")) {
                    String line = prefix + literal + rest;
                    LinePrefilter.Verdict verdict = check(line);
                    verdicts.merge(verdict, 1, Integer::sum);
                    if (prefix.isEmpty() && rest.isEmpty() && parser.parse(line, new LineRef("corpus", 1))
                            instanceof ParseOutcome.Parsed parsed && !(parsed.event() instanceof OtherEvent)) {
                        understood++;
                    }
                }
            }
        }
        // the argument-less events (savevm_state_iterate ...) are understood as they stand
        assertTrue(literals > 60 && understood >= 9, literals + " literals, " + understood + " understood alone");
        assertTrue(verdicts.size() == 3, verdicts.toString());
    }

    /** Classifies one line and checks the grammar agrees; returns the verdict. */
    private LinePrefilter.Verdict check(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        LinePrefilter.Verdict verdict = prefilter.classify(bytes, 0, bytes.length);
        ParseOutcome outcome = parser.parse(line, new LineRef("corpus", 1));
        switch (verdict) {
            case CANDIDATE -> {
            }
            case OTHER_EVENT -> {
                String name = new String(bytes, prefilter.nameStart(), prefilter.nameEnd() - prefilter.nameStart(),
                        StandardCharsets.UTF_8);
                ParseOutcome.Parsed parsed = assertInstanceOf(ParseOutcome.Parsed.class, outcome, line);
                assertEquals(name, assertInstanceOf(OtherEvent.class, parsed.event(), line).name(), line);
            }
            case NON_TRACE -> {
                if (outcome instanceof ParseOutcome.Parsed parsed) {
                    fail("the prefilter hides a line the grammar reads as " + parsed.event() + ": " + line);
                }
                if (libvirtParser.parse(line, new LineRef("corpus", 1)) instanceof ParseOutcome.Parsed parsed) {
                    fail("the prefilter hides a line the libvirt grammar reads as " + parsed.event() + ": " + line);
                }
            }
            case LIBVIRT -> {
                if (outcome instanceof ParseOutcome.Parsed parsed) {
                    fail("the prefilter sends to the libvirt grammar a line the trace grammar reads as "
                            + parsed.event() + ": " + line);
                }
            }
        }
        return verdict;
    }

    private static List<String> corpus() {
        List<String> real = LineCorpus.real();
        List<String> corpus = new ArrayList<>(real);
        // Other trace events, stamped and unstamped, as QEMU prints them.
        for (String line : real) {
            corpus.add(line.replace("vmstate_downtime_save", "vmstate_save_state_top"));
            corpus.add(line.replace("migrate_set_state", "migrate_set_state_x"));
        }
        corpus.addAll(LineCorpus.damaged(real, 20261126));
        return new ArrayList<>(new LinkedHashSet<>(corpus));
    }
}
