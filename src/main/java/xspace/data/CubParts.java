package xspace.data;

import java.util.List;

/** The 15 part names of CUB-200-2011, in the order of {@code parts/parts.txt} (ids 1 to 15). */
public final class CubParts {

    public static final List<String> NAMES = List.of(
            "back", "beak", "belly", "breast", "crown", "forehead", "left eye", "left leg",
            "left wing", "nape", "right eye", "right leg", "right wing", "tail", "throat");

    public static final int COUNT = NAMES.size();

    private CubParts() {
    }

    /** The 1-based CUB part id of a part name. */
    public static int id(String name) {
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("not a CUB part: " + name);
        }
        return index + 1;
    }
}
