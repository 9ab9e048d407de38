package io.downtime.why;

import io.downtime.analysis.BlackoutUnavailable;

/** Why the blackout has no parts ({@link BlackoutParts#unavailable}); {@code report} words it. */
public sealed interface PartsUnavailable {

    /** The blackout is unknown, for the analysis's reason. */
    record NoBlackout(BlackoutUnavailable why) implements PartsUnavailable {
    }

    /** Any other reason, worded where it was found (the splitter's own). */
    record Said(String text) implements PartsUnavailable {
    }
}
