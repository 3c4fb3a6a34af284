package xspace.data.synth;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One attribute of one body region, with its vocabulary. The attribute names follow CUB:
 * {@code has_<key>::<value>}, e.g. {@code has_bill_shape::hooked}.
 */
public enum Trait {
    BILL_SHAPE("bill_shape", BodyRegion.BEAK, List.of("short", "cone", "hooked", "long", "dagger"), null),
    BILL_COLOR("bill_color", BodyRegion.BEAK, Palette.BILL, "billed"),
    FOREHEAD_COLOR("forehead_color", BodyRegion.FOREHEAD, Palette.PLUMAGE, "fronted"),
    CROWN_COLOR("crown_color", BodyRegion.CROWN, Palette.PLUMAGE, "crowned"),
    NAPE_COLOR("nape_color", BodyRegion.NAPE, Palette.PLUMAGE, "naped"),
    EYE_RING_COLOR("eye_ring_color", BodyRegion.EYE, Palette.EYE_RING, "eyed"),
    THROAT_COLOR("throat_color", BodyRegion.THROAT, Palette.PLUMAGE, "throated"),
    BREAST_COLOR("breast_color", BodyRegion.BREAST, Palette.PLUMAGE, "breasted"),
    BREAST_PATTERN("breast_pattern", BodyRegion.BREAST, List.of("plain", "streaked", "spotted"), null),
    BELLY_COLOR("belly_color", BodyRegion.BELLY, Palette.PLUMAGE, "bellied"),
    BACK_COLOR("back_color", BodyRegion.BACK, Palette.PLUMAGE, "backed"),
    WING_COLOR("wing_color", BodyRegion.WING, Palette.PLUMAGE, "winged"),
    WING_PATTERN("wing_pattern", BodyRegion.WING, List.of("plain", "bars", "spots"), null),
    TAIL_SHAPE("tail_shape", BodyRegion.TAIL, List.of("notched", "rounded", "pointed", "fan"), null),
    TAIL_COLOR("tail_color", BodyRegion.TAIL, Palette.PLUMAGE, "tailed"),
    LEG_COLOR("leg_color", BodyRegion.LEG, Palette.LEG, "legged");

    /** Name words for values that are not colours; a value missing here gives no adjective. */
    private static final Map<String, String> SHAPE_WORDS = Map.of(
            "streaked", "Streak_breasted", "spotted", "Spot_breasted",
            "bars", "Bar_winged", "spots", "Spot_winged",
            "notched", "Fork_tailed", "rounded", "Round_tailed", "pointed", "Sharp_tailed", "fan", "Fan_tailed");

    private final String key;
    private final BodyRegion region;
    private final List<String> values;
    private final String colourSuffix;

    Trait(String key, BodyRegion region, List<String> values, String colourSuffix) {
        this.key = key;
        this.region = region;
        this.values = values;
        this.colourSuffix = colourSuffix;
    }

    public String key() {
        return key;
    }

    public BodyRegion region() {
        return region;
    }

    /** The values this trait can take, in attribute-id order. */
    public List<String> vocabulary() {
        return values;
    }

    /** The CUB-style attribute name of one value, e.g. {@code has_crown_color::red}. */
    public String attributeName(String value) {
        return "has_" + key + "::" + value;
    }

    /**
     * The word a species name takes from this value, e.g. {@code Red_crowned} or
     * {@code Fork_tailed}; empty for values that make no name (plain, none).
     */
    public String adjective(String value) {
        if (colourSuffix == null) {
            return SHAPE_WORDS.getOrDefault(value, "");
        }
        if (value.equals("none")) {
            return "";
        }
        return Character.toUpperCase(value.charAt(0)) + value.substring(1) + "_" + colourSuffix;
    }

    /** The traits of one region, in declaration order. */
    public static List<Trait> of(BodyRegion region) {
        return Arrays.stream(values()).filter(t -> t.region == region).toList();
    }
}
