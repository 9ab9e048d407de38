package io.downtime.report;

/**
 * Writes one document in one format. Every document's formats implement it (a report is a
 * {@code Renderer<ReportDocument>}, a sweep a {@code Renderer<SweepDocument>}, ...), and its
 * {@link Formats} table makes the one a command asked for.
 *
 * @param <D> the document: the facts one command prints
 */
@FunctionalInterface
public interface Renderer<D> {
    void render(D document);
}
