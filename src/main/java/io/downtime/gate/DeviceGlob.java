package io.downtime.gate;

import java.util.regex.Pattern;

/**
 * A device pattern of a rules file: {@code *} stands for any text ({@code /} included: an idstr
 * such as {@code 0000:00:02.0/vfio} is one name, not a path), {@code ?} for one character, and
 * everything else for itself. The whole idstr must match.
 */
public record DeviceGlob(String pattern) {

    public boolean matches(String idstr) {
        return compiled().matcher(idstr).matches();
    }

    private Pattern compiled() {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
