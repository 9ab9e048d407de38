package io.downtime.cli;

import picocli.CommandLine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code --policy rfc|total|source-ack|all}. */
final class PolicyChoiceConverter implements CommandLine.ITypeConverter<PolicyChoice> {
    @Override
    public PolicyChoice convert(String value) {
        for (PolicyChoice choice : PolicyChoice.values()) {
            if (choice.toString().equals(value.toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a policy: give "
                + Arrays.stream(PolicyChoice.values()).map(PolicyChoice::toString).collect(Collectors.joining(", ")));
    }
}
