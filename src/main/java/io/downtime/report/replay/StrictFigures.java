package io.downtime.report.replay;

import io.downtime.report.DisplayNames;
import io.downtime.report.Figures;
import io.downtime.run.Durations;
import io.downtime.strict.Certainty;
import io.downtime.strict.CheckSite;
import io.downtime.strict.Firing;
import io.downtime.strict.Perceived;
import io.downtime.strict.PhaseSet;

/** How the replay and sweep renderers print the strict-mode figures (docs/strict-mode.md). */
final class StrictFigures {
    private StrictFigures() {
    }

    /** {@code 6 ms}, {@code 5–6 ms}, {@code ≥405.351 ms}, {@code 61.262–62.568 ms}. */
    static String perceived(Perceived perceived) {
        if (perceived.counter()) {
            long low = perceived.lowMicros() / 1000;
            if (perceived.highMicros().isEmpty()) {
                return "≥" + low + " ms";
            }
            long high = perceived.highMicros().getAsLong() / 1000;
            return (low == high ? Long.toString(low) : low + "–" + high) + " ms";
        }
        if (perceived.highMicros().isEmpty()) {
            return "≥" + Durations.ms(perceived.lowMicros()) + " ms";
        }
        long high = perceived.highMicros().getAsLong();
        return (high == perceived.lowMicros() ? Durations.ms(high)
                : Durations.ms(perceived.lowMicros()) + "–" + Durations.ms(high)) + " ms";
    }

    /** {@code yes}, {@code maybe}, {@code no}: whether a check reaches the limit. */
    static String reaches(Certainty certainty) {
        switch (certainty) {
            case FIRES:
                return "yes";
            case MAY_FIRE:
                return "maybe";
            default:
                return "no";
        }
    }

    /** {@code source phase 324–642 µs, destination phase 461–695 µs}, or {@code every counter phase}. */
    static String phases(PhaseSet source, PhaseSet destination) {
        if (source.isAll() && destination.isAll()) {
            return "every counter phase";
        }
        StringBuilder text = new StringBuilder();
        if (!source.isAll()) {
            text.append("source phase ").append(source.describe());
        }
        if (!destination.isAll()) {
            text.append(text.length() > 0 ? ", " : "").append("destination phase ").append(destination.describe());
        }
        return text.toString();
    }

    /** {@code the source's save of 0000:00:03.0/e1000e 0 (src.log:73) at 5.319 ms, perceived 6 ms}. */
    static String firing(Firing firing, DisplayNames names) {
        String where = firing.at().site().kind() == CheckSite.Kind.ACK_REQUEST
                ? "the source, on " + firing.at().site().label()
                : "the " + firing.at().host().label() + "'s " + firing.at().site().label();
        return where + " ("
                + names.of(firing.at().where()) + ") at " + Figures.ms(firing.sinceStart()) + " ms, perceived "
                + perceived(firing.perceived());
    }
}
