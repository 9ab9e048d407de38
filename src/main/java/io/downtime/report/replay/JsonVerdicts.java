package io.downtime.report.replay;

import io.downtime.report.words.ReplayWords;
import com.fasterxml.jackson.core.JsonGenerator;
import io.downtime.json.JsonFields;
import io.downtime.strict.PolicyVerdict;
import io.downtime.strict.VerdictClass;

import java.io.IOException;

/** The strict-mode verdict fields that {@code replay} and {@code runs} both write. */
public final class JsonVerdicts {
    private JsonVerdicts() {
    }

    /**
     * A strict-mode verdict's outcome: {@code unreplayable}, {@code fired}, {@code class},
     * {@code possible_classes} (docs/strict-mode.md).
     */
    public static void outcome(JsonGenerator json, PolicyVerdict verdict) throws IOException {
        JsonFields.string(json, "unreplayable", verdict.unreplayable().map(ReplayWords::unreplayable));
        json.writeStringField("fired", verdict.outcome().fired().label());
        JsonFields.string(json, "class", verdict.outcome().decided().map(VerdictClass::label));
        json.writeArrayFieldStart("possible_classes");
        for (VerdictClass verdictClass : verdict.outcome().possibleClasses()) {
            json.writeString(verdictClass.label());
        }
        json.writeEndArray();
    }
}
