package io.downtime.cli;

/** How every run-set command's help describes its paths. */
final class RunSetPaths {
    static final String DESCRIPTION = "A directory, searched to any depth for directories holding src.log and dst.log"
            + " (each optionally .gz), or else exactly two logs (two hosts' libvirt domain logs): one case each;"
            + " SRC,DST for an explicit pair of logs; or one log.";

    private RunSetPaths() {
    }
}
