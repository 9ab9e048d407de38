package io.downtime.report;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A document's table of formats: the renderer of each format it offers, an error for any other, never text. */
class FormatsTest {
    private static final Destination TO = new Destination(new PrintWriter(new StringWriter()), "analyzer test");

    private final Renderer<String> text = document -> { };
    private final Renderer<String> json = document -> { };
    private final Formats<Renderer<String>> formats = Formats.<Renderer<String>>of("the test document")
            .with(Format.JSON, to -> json)
            .with(Format.TEXT, to -> text);

    @Test
    void eachOfferedFormatMakesItsOwnRenderer() {
        assertSame(text, formats.create(Format.TEXT, TO));
        assertSame(json, formats.create(Format.JSON, TO));
        // in Format's order, whatever the order they were given in
        assertEquals(List.of(Format.TEXT, Format.JSON), List.copyOf(formats.offered()));
    }

    @Test
    void aFormatNotOfferedIsAnErrorNotText() {
        for (Format format : EnumSet.complementOf(EnumSet.of(Format.TEXT, Format.JSON))) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> formats.create(format, TO));
            assertEquals("the test document is written in text, json, not in " + format.label(), error.getMessage());
        }
    }

    @Test
    void aFormatGivenTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> formats.with(Format.TEXT, to -> text));
    }

    @Test
    void theTableIsNotChangedByAddingToIt() {
        formats.with(Format.CSV, to -> text);
        assertEquals(List.of(Format.TEXT, Format.JSON), List.copyOf(formats.offered()));
    }

    @Test
    void labelsAreTheCommandLineNames() {
        assertEquals("openmetrics", Format.OPENMETRICS.label());
        assertEquals("perfetto", Format.PERFETTO.label());
    }
}
