package xspace.data;

/** One class of classes.txt, e.g. {@code 1 001.Black_footed_Albatross}. */
public record BirdClass(int id, String name) {

    /** The name as people read it: {@code Black footed Albatross}. */
    public String displayName() {
        String plain = name.replaceFirst("^\\d+\\.", "");
        return plain.replace('_', ' ');
    }
}
