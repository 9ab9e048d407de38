package io.downtime.crosscheck;

import io.downtime.model.LineRef;

/** The two trace lines that bound an interval of the trace, such as the source's setup -> active. */
public record LineSpan(LineRef from, LineRef to) {
}
