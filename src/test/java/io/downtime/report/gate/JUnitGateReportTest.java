package io.downtime.report.gate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The one place every text of the JUnit XML passes (issue 14, item 7). */
class JUnitGateReportTest {

    /** XML 1.0's Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    @Test
    void charactersXmlCannotCarryAreReplaced() {
        assertEquals("a\ufffdb\ufffdc\ufffdd\ufffd", JUnitGateReport.safe("a\ud800b\udc00c\ufffed\uffff"));
        assertEquals("\\e\\a\\u0000\\u0085\\u202e", JUnitGateReport.safe("\u001b\u0007\u0000\u0085\u202e"));
    }

    @Test
    void otherTextIsKept() {
        String text = "0000:00:02.0/vfio \ud83d\ude80 \ufffd µs <&>";
        assertSame(text, JUnitGateReport.safe(text));
    }
}
