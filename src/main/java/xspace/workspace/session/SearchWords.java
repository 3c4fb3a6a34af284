package xspace.workspace.session;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the browser's search field asks for: every word typed, in any order and any case, with
 * '_' and '-' read as spaces, since CUB names write "Brown_naped_Heron" where people type
 * "brown naped heron".
 */
public final class SearchWords {

    private final List<String> words;

    public SearchWords(String text) {
        String plain = text == null ? "" : plain(text);
        words = plain.isBlank() ? List.of() : Arrays.asList(plain.strip().split("\\s+"));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether every word is somewhere in the name. */
    public boolean matches(String name) {
        String plain = plain(name);
        return words.stream().allMatch(plain::contains);
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
