package io.downtime.gate;

import java.util.List;

/** One rule of a rules file (docs/gate.md). Each kind checks itself on the gate's run set. */
public sealed interface Rule permits BlackoutRule, PredictionErrorRule, PhaseRule, DeviceRule, ClockRule, NoRejectedLinesRule,
        NoRegressionRule, StrictRule, OutcomeRule {

    /** Unique in its file; JUnit's classname is {@code gate.NAME}. */
    String name();

    /** The {@code kind} of the rules file. */
    String kind();

    /** One result per migration of the run set, or one for the whole set. */
    List<RuleResult> check(GateContext context);
}
