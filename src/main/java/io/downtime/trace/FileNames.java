package io.downtime.trace;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path as the tool names it: its bytes read as UTF-8, whatever the locale, and each byte that is
 * not part of valid UTF-8 written {@code \xNN}. A Linux file name is bytes: Java turns them into a
 * string with the locale's character set ({@code sun.jnu.encoding}, fixed when the JVM starts), so
 * under the C locale {@code café} came out as {@code caf??}, and a name that is not UTF-8 lost its
 * odd bytes to U+FFFD whatever the locale. The {@link Path} keeps the bytes; only its name is made
 * here, for showing. A path is never rebuilt from its name (a name with {@code \xNN} is no path).
 */
public final class FileNames {
    private static final boolean UTF8_PATHS = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", ""));

    private FileNames() {
    }

    /** {@code path} as it is shown: as given, relative or absolute. */
    public static String of(Path path) {
        String text = path.toString();
        if (ascii(text) || (UTF8_PATHS && text.indexOf('\uFFFD') < 0)) {
            return text;
        }
        return shown(bytes(path));
    }

    /** The file name of {@code path} (its last element), shown; the whole path when it has none ({@code /}). */
    public static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? of(path) : of(name);
    }

    /**
     * The last element of an input's name ({@code src.log} of {@code runs/a/src.log}), taken from the
     * name, not from a path made of it: a name with {@code \xNN} is no path, and under the C locale
     * Java cannot even make one of {@code café}.
     */
    public static String lastOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 || slash == name.length() - 1 ? name : name.substring(slash + 1);
    }

    /** UTF-8 {@code bytes} as text, each byte that is not part of valid UTF-8 as {@code \xNN}. */
    static String shown(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                out.put(String.format("\\x%02x", in.get() & 0xff));
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * The bytes of {@code path} as the file system holds them. Java shows them only through a
     * {@code file:} URI, which percent-encodes every byte outside ASCII's safe characters and is
     * absolute: its last elements are the path's own (a {@code /} byte cannot be inside a name).
     */
    private static byte[] bytes(Path path) {
        String uri = path.toAbsolutePath().toUri().getRawPath();
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%' && i + 2 < uri.length()) {
                decoded.write(Integer.parseInt(uri.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                decoded.write(c);
            }
        }
        byte[] absolute = decoded.toByteArray();
        int end = absolute.length;
        if (end > 1 && absolute[end - 1] == '/') {
            end--; // the URI of a directory ends with a slash; the path does not
        }
        if (path.isAbsolute()) {
            return java.util.Arrays.copyOf(absolute, end);
        }
        int start = end;
        for (int names = 0; names < path.getNameCount() && start > 0; ) {
            start--;
            if (absolute[start] == '/') {
                names++;
            }
        }
        return java.util.Arrays.copyOfRange(absolute, start + 1, end);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
