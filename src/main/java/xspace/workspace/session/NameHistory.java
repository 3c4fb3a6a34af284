package xspace.workspace.session;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import xspace.workspace.db.NameChange;

/** An x-feature's names over time, as the concept view lists them and undoes the last one. */
public final class NameHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private NameHistory() {
    }

    /**
     * The name before the current one: the latest entry that differs from the last entry. The
     * history is in time order, oldest first.
     */
    public static Optional<String> previous(List<NameChange> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        String current = history.get(history.size() - 1).name();
        for (int i = history.size() - 2; i >= 0; i--) {
            if (!history.get(i).name().equals(current)) {
                return Optional.of(history.get(i).name());
            }
        }
        return Optional.empty();
    }

    /** One line per change, newest first: when, who, what. */
    public static List<String> lines(List<NameChange> history) {
        return history.stream().sorted((a, b) -> b.at().compareTo(a.at()))
                .map(c -> WHEN.format(c.at()) + "  " + c.annotator().name() + ": " + c.name()).toList();
    }
}
