package io.downtime.trace;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How {@link FileNames} turns a name's bytes into text, and takes an input name's last element. */
class FileNamesTest {

    @Test
    void validUtf8IsReadAsItIs() {
        // é is C3 A9; the euro sign E2 82 AC; a four-byte emoji F0 9F 98 80.
        assertEquals("café €😀", FileNames.shown(new byte[]{'c', 'a', 'f', (byte) 0xc3, (byte) 0xa9, ' ',
                (byte) 0xe2, (byte) 0x82, (byte) 0xac, (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80}));
    }

    @Test
    void bytesThatAreNotUtf8AreEscapedOneByOne() {
        // E9 alone (Latin-1 é); C3 followed by a letter (a cut sequence); FF, which UTF-8 never holds.
        assertEquals("caf\\xe9-\\xc3x-\\xff", FileNames.shown(new byte[]{'c', 'a', 'f', (byte) 0xe9, '-', (byte) 0xc3, 'x', '-',
                (byte) 0xff}));
    }

    @Test
    void aPathOfOrdinaryCharactersIsItsOwnName() {
        assertEquals("runs/x y\\z/src.log", FileNames.of(Path.of("runs/x y\\z/src.log")));
        assertEquals("/tmp/a b/café/dst.log", FileNames.of(Path.of("/tmp/a b/café/dst.log")));
    }

    @Test
    void lastElementOfAName() {
        assertEquals("src.log", FileNames.lastOf("runs/caf\\xe9/src.log"));
        assertEquals("x y\\z", FileNames.lastOf("set/x y\\z"));
        assertEquals("<stdin>", FileNames.lastOf("<stdin>"));
        assertEquals("/", FileNames.lastOf("/"));
    }
}
