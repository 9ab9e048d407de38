package io.downtime.runset;

/**
 * Names one migration of a run set.
 *
 * @param label      the run set's label ({@code --label}, or the name of the path it was found under)
 * @param caseName   the case it came from ({@link CaseInput#name})
 * @param migration  its 1-based number among the case's migrations
 * @param migrations how many migrations the case holds
 */
public record RunRef(String label, String caseName, int migration, int migrations) {

    /** The case, and the migration's number when the case holds several: {@code fw-a/run-03 #2}. */
    public String name() {
        return migrations > 1 ? caseName + " #" + migration : caseName;
    }

    @Override
    public String toString() {
        return name();
    }
}
