package io.downtime.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The formats one document is written in, each with what makes its renderer: the one place where a format
 * becomes a renderer. A format the document does not offer is an error, not text.
 *
 * @param <R> what writes the document: a {@link Renderer} of it, or the events' streamed listing
 */
public final class Formats<R> {
    private final String document;
    private final Map<Format, Function<Destination, R>> makers;

    private Formats(String document, Map<Format, Function<Destination, R>> makers) {
        this.document = document;
        this.makers = makers;
    }

    /** An empty table; {@code document} names it in the error for a format it does not offer. */
    public static <R> Formats<R> of(String document) {
        return new Formats<>(document, new EnumMap<>(Format.class));
    }

    /** This table and {@code format}, written by what {@code maker} makes. */
    public Formats<R> with(Format format, Function<Destination, R> maker) {
        Map<Format, Function<Destination, R>> more = new EnumMap<>(Format.class);
        more.putAll(makers);
        if (more.put(format, maker) != null) {
            throw new IllegalArgumentException(document + ": " + format.label() + " given twice");
        }
        return new Formats<>(document, more);
    }

    /** The formats offered, in {@link Format}'s order. */
    public Set<Format> offered() {
        return Collections.unmodifiableSet(makers.keySet());
    }

    /** The renderer of {@code format}; an {@link IllegalArgumentException} when the document does not offer it. */
    public R create(Format format, Destination destination) {
        Function<Destination, R> maker = makers.get(format);
        if (maker == null) {
            throw new IllegalArgumentException(document + " is written in "
                    + makers.keySet().stream().map(Format::label).collect(Collectors.joining(", "))
                    + ", not in " + format.label());
        }
        return maker.apply(destination);
    }
}
