package io.downtime.report.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotlyLibraryTest {

    @Test
    void theBuildEmbedsThePinnedPackage() {
        PlotlyLibrary plotly = PlotlyLibrary.bundled();
        assertEquals("plotly.js-cartesian-dist-min", plotly.packageName());
        // The bundle's own banner names its kind and version: the file is the one pom.xml pins.
        assertTrue(plotly.script().startsWith("/**\n* plotly.js (cartesian - minified) v" + plotly.version() + "\n"),
                plotly.script().substring(0, 40));
        assertTrue(plotly.license().startsWith("MIT License"), plotly.license());
        assertTrue(plotly.scriptBody().startsWith("/*! plotly.js-cartesian-dist-min " + plotly.version() + "\nMIT License"));
    }

    @Test
    void aBundleHoldingAScriptTagIsRefused() {
        assertThrows(IllegalStateException.class, () -> new PlotlyLibrary("p", "1", "MIT", "var s = '</SCRIPT>';"));
        assertThrows(IllegalStateException.class, () -> new PlotlyLibrary("p", "1", "MIT", "x = '<!--<script>'"));
        assertThrows(IllegalStateException.class, () -> new PlotlyLibrary("p", "1", "ends */ early", "var ok;"));
    }
}
