package xspace.data;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The records of one CUB text file keyed by id. It remembers the line of every id it has seen,
 * so that a duplicate names the first occurrence and an id whose line was rejected is known to
 * have been reported already.
 */
final class IdTable<T> {

    private final String idName;
    private final Map<Integer, Integer> lines = new HashMap<>();
    private final Map<Integer, T> values = new HashMap<>();

    /** @param idName how messages name the id, e.g. {@code image id} */
    IdTable(String idName) {
        this.idName = idName;
    }

    /** Registers that {@code line} defines {@code id}; refuses a second definition. */
    void claim(int id, CubLine line) throws BadLineException {
        Integer first = lines.putIfAbsent(id, line.number());
        if (first != null) {
            throw line.bad("duplicate " + idName + " " + id + " (first on line " + first + ")");
        }
    }

    void put(int id, T value) {
        values.put(id, value);
    }

    /** The value of a valid line, or null when there was none or it was rejected. */
    T get(int id) {
        return values.get(id);
    }

    boolean has(int id) {
        return values.containsKey(id);
    }

    /** Whether a line named this id, valid or not. */
    boolean claimed(int id) {
        return lines.containsKey(id);
    }

    /** Whether a line named this id but was rejected (and reported). */
    boolean rejected(int id) {
        return claimed(id) && !has(id);
    }

    int line(int id) {
        return lines.getOrDefault(id, 0);
    }

    SortedSet<Integer> claimedIds() {
        return new TreeSet<>(lines.keySet());
    }

    int size() {
        return values.size();
    }
}
