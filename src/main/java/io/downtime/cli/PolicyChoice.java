package io.downtime.cli;

import io.downtime.strict.Policies;
import io.downtime.strict.Policy;

import java.util.List;

/** {@code --policy}: one policy by name, or all of them. */
enum PolicyChoice {
    RFC("rfc"),
    TOTAL("total"),
    SOURCE_ACK("source-ack"),
    ALL("all");

    private final String name;

    PolicyChoice(String name) {
        this.name = name;
    }

    List<Policy> policies() {
        return this == ALL ? Policies.all() : List.of(Policies.named(name).orElseThrow());
    }

    @Override
    public String toString() {
        return name;
    }
}
