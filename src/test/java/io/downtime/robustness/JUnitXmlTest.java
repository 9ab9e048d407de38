package io.downtime.robustness;

import io.downtime.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14, item 7 (docs/robustness.md, docs/gate.md): the JUnit XML of {@code gate --junit} is
 * well-formed XML 1.0 whatever the names hold, read back here with the JDK's own XML parser. A
 * rules file named with ESC and BEL, and a case directory with CR, ESC, NEL and U+FFFE (a
 * character XML 1.0 cannot carry): control characters are written as the terminal shows them,
 * U+FFFE as U+FFFD. The case is sample-traces/dst-stalled-400ms, guest stopped at least 405.351 ms.
 */
class JUnitXmlTest {

    @TempDir
    Path dir;

    @Test
    void namesWithCharactersXmlCannotCarryGiveWellFormedXml() throws IOException, ParserConfigurationException, SAXException {
        Path set = dir.resolve("rs");
        Path caseDir = Files.createDirectories(set.resolve("x\r\u001b[2K\u0085\ufffe"));
        DamagedLogs.write(caseDir.resolve("src.log"), DamagedLogs.text("dst-stalled-400ms/src.log"));
        DamagedLogs.write(caseDir.resolve("dst.log"), DamagedLogs.text("dst-stalled-400ms/dst.log"));
        Path rules = DamagedLogs.write(dir.resolve("r\u001b]0;T\u0007.yaml"),
                "version: 1\nrules:\n  - {name: blackout-300ms, kind: blackout, max_ms: 300}\n");
        Path junit = dir.resolve("gate.xml");
        CliRun run = CliRun.of("gate", set.toString(), "--rules", rules.toString(), "--junit", junit.toString());
        assertEquals(1, run.exitCode(), run.err());

        Document xml = parse(junit);
        Element suites = xml.getDocumentElement();
        assertEquals("analyzer gate " + dir.resolve("r\\e]0;T\\a.yaml"), suites.getAttribute("name"));
        Element testcase = (Element) xml.getElementsByTagName("testcase").item(0);
        String shown = "rs/x\\r\\e[2K\\u0085\ufffd";
        assertEquals(shown, testcase.getAttribute("name"));
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertEquals("blackout at least 405.351 ms > limit 300 ms in " + shown, failure.getAttribute("message"));
        assertEquals("rule: blackout-300ms (blackout at most 300 ms (lower bound))\nmigration: " + shown
                + "\nmeasured: at least 405.351 ms\nlimit: 300 ms\n", failure.getTextContent());
    }

    private static Document parse(Path file) throws ParserConfigurationException, SAXException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
