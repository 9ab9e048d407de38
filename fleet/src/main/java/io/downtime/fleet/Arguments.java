package io.downtime.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: {@code --name value} options (a name may repeat), {@code --flag}s, and positional
 * arguments. Hand-written rather than picocli, so that the job jar stays free of the command line's library
 * (the fleet build fails if the domain ever needs it).
 */
public final class Arguments {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param valued the options that take a value; any other {@code --name} must be one of {@code flags}
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> flagNames) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg;
                String value = null;
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                }
                if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    parsed.options.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                } else if (flagNames.contains(name) && value == null) {
                    parsed.flags.add(name);
                } else {
                    throw new UsageException("unknown option " + arg);
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    /** The option's value; an option given twice where once is meant is an error. */
    public Optional<String> one(String name) {
        List<String> values = options.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new UsageException(name + " is given " + values.size() + " times");
        }
        return values.stream().findFirst();
    }

    public String required(String name) {
        return one(name).orElseThrow(() -> new UsageException(name + " is required"));
    }

    public List<String> all(String name) {
        return List.copyOf(options.getOrDefault(name, List.of()));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }
}
