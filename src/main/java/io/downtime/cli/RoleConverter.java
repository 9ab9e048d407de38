package io.downtime.cli;

import io.downtime.run.Role;
import picocli.CommandLine;

import java.util.Locale;

/** {@code --role}: {@code src}/{@code source} or {@code dst}/{@code destination}. */
final class RoleConverter implements CommandLine.ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "src":
            case "source":
                return Role.SOURCE;
            case "dst":
            case "destination":
                return Role.DESTINATION;
            default:
                throw new CommandLine.TypeConversionException("'" + value + "' is not a role: src or dst");
        }
    }
}
