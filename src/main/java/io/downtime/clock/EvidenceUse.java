package io.downtime.clock;

/**
 * Whether an assumption-dependent kind of evidence (the return path, the handshake) was used, and why.
 *
 * @param used    true when its bound entered the offset interval
 * @param decided how: {@link EvidenceSwitch#AUTO} from the trace, else as the user forced it
 * @param reason  why, with what a user can check against the trace
 */
public record EvidenceUse(boolean used, EvidenceSwitch decided, EvidenceReason reason) {
}
