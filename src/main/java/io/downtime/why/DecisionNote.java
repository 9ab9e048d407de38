package io.downtime.why;

/** What the decision's sources say beside its figures: worded by {@code report/words/DecisionWords}. */
public sealed interface DecisionNote {

    /**
     * The limit given (the option, QEMU's parameters) differs from the one QEMU's threshold implies; the
     * prediction is judged against the limit given.
     */
    record LimitsDisagree(DowntimeLimit given, DowntimeLimit threshold) implements DecisionNote {
    }
}
