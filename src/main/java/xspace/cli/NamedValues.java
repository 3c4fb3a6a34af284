package xspace.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * An option that takes one of a few names, in any case; anything else is a usage error that lists
 * the names, so that a mistyped value stops before any work with the choices in view.
 */
abstract class NamedValues<T> implements CommandLine.ITypeConverter<T> {

    private final List<T> values;
    private final Function<T, String> name;

    @SafeVarargs
    NamedValues(Function<T, String> name, T... values) {
        this.values = List.of(values);
        this.name = name;
    }

    @Override
    public T convert(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return values.stream().filter(v -> name.apply(v).equals(wanted)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException("expected " + choices() + ", found '"
                        + value + "'"));
    }

    /** {@code a or b}, {@code a, b or c}. */
    private String choices() {
        List<String> names = values.stream().map(name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
