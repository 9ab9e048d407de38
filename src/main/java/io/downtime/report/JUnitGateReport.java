package io.downtime.report;

import io.downtime.gate.GateResult;
import io.downtime.gate.Outcome;
import io.downtime.gate.Rule;
import io.downtime.gate.RuleResult;

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
public final class JUnitGateReport implements GateRenderer {
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
            xml.writeAttribute("name", "analyzer gate " + result.rules().file());
            counts(xml, result.results());
            for (Rule rule : result.rules().rules()) {
                List<RuleResult> checks = result.results().stream().filter(r -> r.rule() == rule).toList();
                newline(xml, 1);
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", classname(rule));
                counts(xml, checks);
                newline(xml, 2);
                xml.writeStartElement("properties");
                property(xml, "kind", rule.kind());
                property(xml, "demand", safe(rule.demand()));
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
        boolean empty = check.outcome() == Outcome.PASSED;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", classname(rule));
        xml.writeAttribute("name", safe(check.subject()));
        xml.writeAttribute("time", "0");
        if (empty) {
            return;
        }
        newline(xml, 3);
        if (check.outcome() == Outcome.FAILED) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", safe(check.message()));
            xml.writeAttribute("type", rule.kind());
            xml.writeCharacters(safe("rule: " + rule.name() + " (" + rule.demand() + ")\nmigration: " + check.subject()
                    + "\nmeasured: " + check.measured().orElse("unknown") + "\nlimit: " + check.limit()) + "\n");
            xml.writeEndElement();
        } else {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", safe(check.message()));
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, not even escaped: they become U+FFFD. */
    static String safe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(c < 0x20 && c != '\n' && c != '\t' ? 0xFFFD : c));
        return safe.toString();
    }

    private static void counts(XMLStreamWriter xml, List<RuleResult> checks) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(checks.size()));
        xml.writeAttribute("failures", Long.toString(checks.stream().filter(c -> c.outcome() == Outcome.FAILED).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(checks.stream().filter(c -> c.outcome() == Outcome.SKIPPED).count()));
        xml.writeAttribute("time", "0");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
