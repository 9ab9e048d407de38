package io.downtime.trace;

import io.downtime.model.LineRef;
import io.downtime.model.OtherEvent;
import io.downtime.testing.SampleTraces;
import io.downtime.testing.TraceForms;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

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
    void prefilterAgreesWithTheGrammar() throws IOException {
        List<String> corpus = corpus();
        assertTrue(corpus.size() > 20_000, "corpus size " + corpus.size());
        int candidates = 0;
        int others = 0;
        int nonTrace = 0;
        int libvirt = 0;
        for (String line : corpus) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            LinePrefilter.Verdict verdict = prefilter.classify(bytes, 0, bytes.length);
            ParseOutcome outcome = parser.parse(line, new LineRef("corpus", 1));
            switch (verdict) {
                case CANDIDATE -> candidates++;
                case OTHER_EVENT -> {
                    others++;
                    String name = new String(bytes, prefilter.nameStart(), prefilter.nameEnd() - prefilter.nameStart(),
                            StandardCharsets.UTF_8);
                    ParseOutcome.Parsed parsed = assertInstanceOf(ParseOutcome.Parsed.class, outcome, line);
                    assertEquals(name, assertInstanceOf(OtherEvent.class, parsed.event(), line).name(), line);
                }
                case NON_TRACE -> {
                    nonTrace++;
                    if (outcome instanceof ParseOutcome.Parsed parsed) {
                        fail("the prefilter hides a line the grammar reads as " + parsed.event() + ": " + line);
                    }
                    if (libvirtParser.parse(line, new LineRef("corpus", 1)) instanceof ParseOutcome.Parsed parsed) {
                        fail("the prefilter hides a line the libvirt grammar reads as " + parsed.event() + ": " + line);
                    }
                }
                case LIBVIRT -> {
                    libvirt++;
                    if (outcome instanceof ParseOutcome.Parsed parsed) {
                        fail("the prefilter sends to the libvirt grammar a line the trace grammar reads as "
                                + parsed.event() + ": " + line);
                    }
                }
            }
        }
        assertTrue(libvirt > 100, "libvirt lines " + libvirt);
        // All three verdicts are exercised.
        assertTrue(candidates > 1000 && others > 100 && nonTrace > 100, candidates + " " + others + " " + nonTrace);
    }

    private static List<String> corpus() throws IOException {
        List<String> real = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SampleTraces.root())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".log") || p.toString().endsWith(".stderr")).sorted().toList()) {
                String text = TraceForms.readString(file);
                real.addAll(text.lines().toList());
                real.addAll(TraceForms.toIso(text).lines().toList());
                real.addAll(TraceForms.toSystemTap(text).lines().toList());
            }
        }
        List<String> corpus = new ArrayList<>(real);
        // Other trace events, stamped and unstamped, as QEMU prints them.
        for (String line : real) {
            corpus.add(line.replace("vmstate_downtime_save", "vmstate_save_state_top"));
            corpus.add(line.replace("migrate_set_state", "migrate_set_state_x"));
        }
        Random random = new Random(20261126);
        String alphabet = "0123456789@.:_- =/abzAZ()\t";
        for (String line : real) {
            for (int k = 0; k < 4; k++) {
                int at = line.isEmpty() ? 0 : random.nextInt(line.length());
                corpus.add(line.substring(0, at));
                corpus.add(line.substring(0, at) + line.substring(Math.min(line.length(), at + 1)));
                corpus.add(line.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + line.substring(at));
            }
        }
        return corpus;
    }
}
