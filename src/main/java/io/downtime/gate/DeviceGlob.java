package io.downtime.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A device pattern of a rules file: {@code *} stands for any text ({@code /} included: an idstr
 * such as {@code 0000:00:02.0/vfio} is one name, not a path), {@code ?} for one character, and
 * everything else for itself. The whole idstr must match.
 *
 * <p>Matched without regular expressions or recursion: the pattern is cut at its stars into pieces
 * (a run of stars is one star), the first piece must begin the idstr, the last end it, and each
 * piece between is placed at its first fit after the one before; placing each as early as it fits
 * leaves the most room for the rest, so a match is found whenever there is one. A pattern of
 * 100,000 stars is one star: no stack, no backtracking.
 */
public final class DeviceGlob {
    private final String pattern;
    private final List<int[]> pieces;
    private final boolean leadingStar;
    private final boolean trailingStar;

    public DeviceGlob(String pattern) {
        this.pattern = Objects.requireNonNull(pattern);
        this.pieces = pieces(pattern);
        this.leadingStar = pattern.startsWith("*");
        this.trailingStar = pattern.endsWith("*");
    }

    public String pattern() {
        return pattern;
    }

    public boolean matches(String idstr) {
        int[] text = idstr.codePoints().toArray();
        if (pieces.size() == 1 && !leadingStar && !trailingStar) {
            return text.length == pieces.get(0).length && fits(pieces.get(0), text, 0);
        }
        int from = 0;
        int end = text.length;
        int first = 0;
        int last = pieces.size();
        if (!leadingStar) {
            int[] head = pieces.get(first++);
            if (head.length > end || !fits(head, text, 0)) {
                return false;
            }
            from = head.length;
        }
        if (!trailingStar && last > first) {
            int[] tail = pieces.get(--last);
            if (tail.length > end - from || !fits(tail, text, end - tail.length)) {
                return false;
            }
            end -= tail.length;
        }
        for (int i = first; i < last; i++) {
            int[] piece = pieces.get(i);
            int at = firstFit(piece, text, from, end);
            if (at < 0) {
                return false;
            }
            from = at + piece.length;
        }
        return true;
    }

    /** The pattern's pieces between stars, as code points; empty pieces (runs of stars, the ends) dropped. */
    private static List<int[]> pieces(String pattern) {
        List<int[]> pieces = new ArrayList<>();
        for (String piece : pattern.split("\\*+", -1)) {
            if (!piece.isEmpty()) {
                pieces.add(piece.codePoints().toArray());
            }
        }
        if (pieces.isEmpty() && !pattern.contains("*")) {
            pieces.add(new int[0]);
        }
        return pieces;
    }

    private static int firstFit(int[] piece, int[] text, int from, int end) {
        for (int at = from; at + piece.length <= end; at++) {
            if (fits(piece, text, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean fits(int[] piece, int[] text, int at) {
        for (int i = 0; i < piece.length; i++) {
            if (piece[i] != '?' && piece[i] != text[at + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeviceGlob glob && glob.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
