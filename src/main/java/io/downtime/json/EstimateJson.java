package io.downtime.json;

import io.downtime.clock.Estimate;

import java.util.OptionalLong;

/**
 * An uncertain time as the analyzer's JSON documents write it (docs/report-json.md): each bound and the
 * estimate in whole µs, null when unbounded or unknown. The same shape {@link JsonFields#estimate} streams.
 */
public record EstimateJson(Long low, Long high, Long estimate) {
    /** The estimate's fields; null (the whole object) is what a document writes when there is no estimate. */
    public static EstimateJson of(Estimate estimate) {
        return new EstimateJson(boxed(estimate.bounds().low()), boxed(estimate.bounds().high()), boxed(estimate.value()));
    }

    /** A JSON number or null: the documents write an absent value as null, never leave it out. */
    public static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
