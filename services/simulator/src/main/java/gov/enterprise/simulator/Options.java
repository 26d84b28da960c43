package gov.enterprise.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name=value}, {@code --name value} or a bare {@code --flag}. */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    // options every command takes (./stack passes them to all)
    private final Set<String> read = new HashSet<>(Set.of("repo", "base-url"));
    private final List<String> positional = new ArrayList<>();

    Options(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                values.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(name, args[++i]);
            } else {
                values.put(name, "true");
            }
        }
    }

    boolean flag(String name) {
        read.add(name);
        String value = values.get(name);
        return value != null && !value.equalsIgnoreCase("false") && !value.equalsIgnoreCase("no");
    }

    String text(String name, String fallback) {
        read.add(name);
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        read.add(name);
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    long number(String name, long fallback) {
        read.add(name);
        String value = values.get(name);
        try {
            return value == null ? fallback : Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    double decimal(String name, double fallback) {
        read.add(name);
        String value = values.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + value + "'");
        }
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms}, or plain seconds. */
    Duration duration(String name, Duration fallback) {
        read.add(name);
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            char unit = value.charAt(value.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (unit) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--" + name + " must be a duration like 30s, 5m or 500ms, not '"
                    + value + "'");
        }
    }

    /** {@code 100,250,500} */
    List<Double> rates(String name, List<Double> fallback) {
        read.add(name);
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        var rates = new ArrayList<Double>();
        for (String part : value.split(",")) {
            rates.add(Double.parseDouble(part.strip()));
        }
        return rates;
    }

    List<String> positional() {
        return positional;
    }

    /** Refuses options nobody asked for (a typo would otherwise silently run with defaults). */
    void requireAllRead() {
        for (String name : values.keySet()) {
            if (!read.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
    }
}
