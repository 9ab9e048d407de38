package io.downtime.json;

import io.downtime.clock.Estimate;

/**
 * An uncertain time as the analyzer's JSON documents write it (docs/report-json.md): each bound and the
 * estimate in whole µs, null when unbounded or unknown. The same shape {@link JsonFields#estimate} streams.
 */
public record EstimateJson(Long low, Long high, Long estimate) {
    /** The estimate's fields; null (the whole object) is what a document writes when there is no estimate. */
    public static EstimateJson of(Estimate estimate) {
        return new EstimateJson(JsonFields.boxed(estimate.bounds().low()), JsonFields.boxed(estimate.bounds().high()),
                JsonFields.boxed(estimate.value()));
    }
}
