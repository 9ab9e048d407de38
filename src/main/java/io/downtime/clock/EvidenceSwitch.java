package io.downtime.clock;

/** Whether a kind of evidence is used: decided from the trace, or forced by the user. */
public enum EvidenceSwitch {
    AUTO, ON, OFF
}
