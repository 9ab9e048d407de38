package io.downtime.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --brief}: the text's answer lines alone; every other format already is the whole document. */
final class BriefOption {
    private BriefOption() {
    }

    /** A usage error when {@code --brief} is given with another format than text: it would be ignored otherwise. */
    static void check(CommandSpec spec, boolean brief, boolean text) {
        if (brief && !text) {
            throw new ParameterException(spec.commandLine(),
                    "--brief prints the text's first lines: give it without --format (or with --format text)");
        }
    }
}
