package xspace.workspace.db;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import xspace.workspace.WorkspaceException;

/**
 * How annotator names are compared. A name is stored trimmed and in Unicode NFC, and two names are
 * the same person only when they are equal so. Names whose {@link #key keys} are equal but that are
 * not equal themselves ("alice" and "ALICE ", or "Zoë" typed with a combining diaeresis and
 * "ZOË") are ambiguous: the workspace has only one of them, and a bundle bringing the other is
 * refused rather than merged into someone else's work.
 */
public final class AnnotatorNames {

    private AnnotatorNames() {
    }

    /** The form a name is stored and matched in: trimmed, NFC. */
    public static String normalise(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    /**
     * What is left when case, compatibility forms (full-width letters, ligatures), runs of spaces and
     * invisible format characters (zero-width spaces, say) are set aside; names with equal keys
     * look alike to a person.
     */
    public static String key(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder visible = new StringBuilder(compatible.length());
        compatible.codePoints().filter(c -> Character.getType(c) != Character.FORMAT)
                .map(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c)
                .forEach(visible::appendCodePoint);
        String spaced = visible.toString().strip().replaceAll(" +", " ");
        // Upper then lower folds more than lower alone: "ß" and "SS" meet as "ss".
        return spaced.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Whether the two names look alike but are not the same name. */
    public static boolean ambiguous(String a, String b) {
        return !normalise(a).equals(normalise(b)) && key(a).equals(key(b));
    }

    /**
     * The name as stored: normalised, then checked as every annotator's name is (not empty, at most
     * {@value Text#MAX_ANNOTATOR} characters, no control or bidirectional characters).
     */
    public static String checked(String name) {
        return Text.line(normalise(name == null ? "" : name), "an annotator's name", Text.MAX_ANNOTATOR);
    }

    /** Why the workspace would refuse this name, for a dialog to say before anything is stored; empty when none. */
    public static Optional<String> problem(String name) {
        try {
            checked(name);
            return Optional.empty();
        } catch (WorkspaceException e) {
            return Optional.of(e.getMessage());
        }
    }
}
