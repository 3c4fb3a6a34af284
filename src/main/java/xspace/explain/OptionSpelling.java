package xspace.explain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a training setting's values are spelled on the command line: the constant's name in lower
 * case with hyphens ({@code NON_NEGATIVE} → {@code non-negative}), read back whatever the case and
 * surrounding spaces, with an error that names every allowed value.
 */
final class OptionSpelling {

    private OptionSpelling() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @param what the setting, for the error ("predictor sign", "negatives") */
    static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        E[] values = type.getEnumConstants();
        for (E value : values) {
            if (of(value).equals(wanted)) {
                return value;
            }
        }
        String allowed = Arrays.stream(values).map(OptionSpelling::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(what + " '" + text + "': expected " + allowed.replaceFirst(", ([^,]*)$",
                " or $1"));
    }
}
