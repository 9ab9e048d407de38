package io.downtime.report.gate;

import io.downtime.report.Renderer;
import io.downtime.gate.GateResult;
import io.downtime.gate.CheckStatus;
import io.downtime.gate.Rule;
import io.downtime.gate.RuleResult;
import io.downtime.terminal.TerminalText;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code analyzer gate --junit FILE}: JUnit XML as GitLab and Jenkins read it. One
 * {@code <testsuite>} per rule, one {@code <testcase>} per rule and migration (one per rule for rules
 * on the whole run set) with {@code classname="gate.RULE"} (GitLab groups by it, Jenkins splits it at
 * the dot into package and class) and the migration as its {@code name}, unique within the class. A
 * failed check has a {@code <failure>} whose message states the measured value, the limit and the
 * migration; a check of an unknown figure under {@code when_unknown: skip} has {@code <skipped>}.
 */
public final class JUnitGateReport implements Renderer<GateDocument> {
    private final Writer out;

    public JUnitGateReport(Writer out) {
        this.out = out;
    }

    @Override
    public void render(GateDocument document) {
        GateResult result = document.result();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            attribute(xml, "name", "analyzer gate " + result.rules().file());
            counts(xml, result.results());
            for (Rule rule : result.rules().rules()) {
                List<RuleResult> checks = result.results().stream().filter(r -> r.rule() == rule).toList();
                newline(xml, 1);
                xml.writeStartElement("testsuite");
                attribute(xml, "name", classname(rule));
                counts(xml, checks);
                newline(xml, 2);
                xml.writeStartElement("properties");
                property(xml, "kind", rule.kind());
                property(xml, "demand", GateWords.demand(rule));
                property(xml, "analyzer_version", document.toolVersion());
                newline(xml, 2);
                xml.writeEndElement();
                for (RuleResult check : checks) {
                    testcase(xml, rule, check);
                }
                newline(xml, 1);
                xml.writeEndElement();
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing JUnit XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code gate.blackout-300ms}: rule names hold letters, digits, - and _ only, so the one dot is ours. */
    static String classname(Rule rule) {
        return "gate." + rule.name();
    }

    private static void testcase(XMLStreamWriter xml, Rule rule, RuleResult check) throws XMLStreamException {
        newline(xml, 2);
        boolean empty = check.outcome() == CheckStatus.PASSED;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        attribute(xml, "classname", classname(rule));
        attribute(xml, "name", check.subject());
        attribute(xml, "time", "0");
        if (empty) {
            return;
        }
        newline(xml, 3);
        if (check.outcome() == CheckStatus.FAILED) {
            xml.writeStartElement("failure");
            attribute(xml, "message", GateWords.message(check));
            attribute(xml, "type", rule.kind());
            for (String line : List.of("rule: " + rule.name() + " (" + GateWords.demand(rule) + ")", "migration: " + check.subject(),
                    "measured: " + GateWords.measured(check).orElse("unknown"), "limit: " + GateWords.limit(check))) {
                xml.writeCharacters(safe(line));
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
        } else {
            xml.writeEmptyElement("skipped");
            attribute(xml, "message", GateWords.message(check));
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    /**
     * Every text of the file passes here: control and bidi characters as {@link TerminalText} shows
     * them (XML 1.0 cannot carry most C0 controls, not even as character references, and a CI page
     * should not reorder or hide text), and the other characters XML 1.0 cannot carry (a surrogate
     * without its pair, U+FFFE, U+FFFF) as U+FFFD. Line ends in the file are the writer's own.
     */
    static String safe(String text) {
        String shown = TerminalText.escape(text);
        StringBuilder safe = null;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < shown.length()
                    && Character.isLowSurrogate(shown.charAt(i + 1));
            if (paired) {
                if (safe != null) {
                    safe.append(c).append(shown.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean carried = !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
            if (!carried && safe == null) {
                safe = new StringBuilder(shown.length()).append(shown, 0, i);
            }
            if (safe != null) {
                safe.append(carried ? c : '\uFFFD');
            }
        }
        return safe == null ? shown : safe.toString();
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, safe(value));
    }

    private static void counts(XMLStreamWriter xml, List<RuleResult> checks) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(checks.size()));
        xml.writeAttribute("failures", Long.toString(checks.stream().filter(c -> c.outcome() == CheckStatus.FAILED).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(checks.stream().filter(c -> c.outcome() == CheckStatus.SKIPPED).count()));
        xml.writeAttribute("time", "0");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 3);
        xml.writeEmptyElement("property");
        attribute(xml, "name", name);
        attribute(xml, "value", value);
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
