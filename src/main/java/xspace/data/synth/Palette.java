package xspace.data.synth;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The named colours of plumage, bills, eye rings and legs, shared by all species. */
public final class Palette {

    private static final Map<String, Color> COLOURS = colours();

    /** Colours a body region may have; every species draws from the same list. */
    public static final List<String> PLUMAGE = List.of(
            "black", "white", "grey", "brown", "buff", "red", "orange", "yellow", "olive", "blue");
    public static final List<String> BILL = List.of("black", "grey", "yellow", "orange", "red");
    public static final List<String> LEG = List.of("black", "grey", "pink", "yellow", "orange");
    public static final List<String> EYE_RING = List.of("none", "white", "yellow", "red", "blue");

    /** The pupil: one colour for every species, so the eye is found by shape, not colour. */
    public static final Color PUPIL = new Color(18, 16, 20);

    private Palette() {
    }

    private static Map<String, Color> colours() {
        Map<String, Color> map = new LinkedHashMap<>();
        map.put("black", new Color(34, 32, 36));
        map.put("white", new Color(238, 236, 228));
        map.put("grey", new Color(140, 142, 146));
        map.put("brown", new Color(122, 82, 48));
        map.put("buff", new Color(222, 196, 150));
        map.put("red", new Color(200, 40, 36));
        map.put("orange", new Color(236, 128, 32));
        map.put("yellow", new Color(240, 212, 44));
        map.put("olive", new Color(120, 128, 52));
        map.put("blue", new Color(48, 96, 200));
        map.put("pink", new Color(228, 150, 160));
        return Map.copyOf(map);
    }

    public static Color colour(String name) {
        Color colour = COLOURS.get(name);
        if (colour == null) {
            throw new IllegalArgumentException("not a palette colour: " + name);
        }
        return colour;
    }

    /** A colour for bars, spots and streaks that stands out on the given ground colour. */
    public static Color markingOn(Color ground) {
        double luminance = 0.299 * ground.getRed() + 0.587 * ground.getGreen() + 0.114 * ground.getBlue();
        return luminance > 120 ? new Color(46, 36, 30) : new Color(244, 240, 226);
    }
}
