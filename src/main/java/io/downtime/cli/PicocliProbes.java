package io.downtime.cli;

/**
 * Two things picocli looks for at each start that this tool never uses, turned off with picocli's own system
 * properties before the first command line is built. Each {@code CommandLine} registers its built-in type
 * converters, and for those of {@code java.sql} and {@code java.time} it loads and initialises the class by
 * name: {@code java.time.MonthDay} alone builds a date-time formatter and its tables, and the two packages
 * took about 330 classes into every start. Its default factory asks the class path for Groovy's
 * {@code Closure}, which opens the jar and reads its 9,600-entry directory only to fail
 * (docs/performance.md, "Start-up, stop 25").
 *
 * <p>No option or parameter of any command has a type of those two packages ({@code PicocliProbesTest} checks
 * the whole command tree, so that a new option of such a type fails a test, not a user's run: picocli would
 * then find no converter for it).
 */
final class PicocliProbes {
    /** The built-in converters left out: picocli matches each class name against these expressions. */
    static final String EXCLUDED_CONVERTERS = "java\\.(sql|time)\\..*";

    private PicocliProbes() {
    }

    /** Before the first {@code CommandLine}: picocli reads both properties when its classes are first used. */
    static void turnOff() {
        System.setProperty("picocli.converters.excludes", EXCLUDED_CONVERTERS);
        System.setProperty("picocli.disable.closures", "true");
    }
}
