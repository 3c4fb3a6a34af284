package xspace.data.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names species the way field guides do, from what sets them apart: an adjective from a
 * discriminative trait and a noun from the bill, e.g. {@code Red_crowned_Hookbill}. Names are
 * unique within a catalog.
 */
final class SpeciesNamer {

    private static final Map<String, String> NOUNS = Map.of(
            "short", "Warbler", "cone", "Finch", "hooked", "Hookbill", "long", "Sicklebill", "dagger", "Heron");
    private static final List<String> QUALIFIERS = List.of(
            "Lesser", "Greater", "Northern", "Southern", "Eastern", "Western", "Mountain", "Marsh", "Forest", "Island");

    private final Set<String> taken = new HashSet<>();

    /**
     * One name per design, in order; {@code discriminative} gives, for each design, the regions
     * that tell it from its nearest species, whose traits are preferred for the name.
     */
    static List<String> names(List<Map<Trait, String>> designs, List<Set<BodyRegion>> discriminative) {
        SpeciesNamer namer = new SpeciesNamer();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            names.add(namer.name(designs.get(i), discriminative.get(i)));
        }
        return names;
    }

    private String name(Map<Trait, String> design, Set<BodyRegion> preferred) {
        String noun = noun(design.get(Trait.BILL_SHAPE));
        List<String> adjectives = adjectives(design, preferred);
        for (String adjective : adjectives) {
            if (claim(adjective + "_" + noun)) {
                return adjective + "_" + noun;
            }
        }
        for (int i = 0; i < adjectives.size(); i++) {
            for (int j = i + 1; j < adjectives.size(); j++) {
                String candidate = adjectives.get(i) + "_" + adjectives.get(j) + "_" + noun;
                if (claim(candidate)) {
                    return candidate;
                }
            }
        }
        return qualified(adjectives.isEmpty() ? noun : adjectives.get(0) + "_" + noun);
    }

    /** The noun of a bill shape: a hooked bill makes a Hookbill. */
    static String noun(String billShape) {
        return NOUNS.get(billShape);
    }

    /** Adjectives of the preferred regions first, then of all other traits, without repeats. */
    private static List<String> adjectives(Map<Trait, String> design, Set<BodyRegion> preferred) {
        Set<String> words = new LinkedHashSet<>();
        for (Trait trait : Trait.values()) {
            if (preferred.contains(trait.region())) {
                words.add(trait.adjective(design.get(trait)));
            }
        }
        for (Trait trait : Trait.values()) {
            words.add(trait.adjective(design.get(trait)));
        }
        words.remove("");
        return List.copyOf(words);
    }

    private String qualified(String name) {
        for (int round = 1; ; round++) {
            for (String qualifier : QUALIFIERS) {
                String candidate = qualifier + "_" + name + (round == 1 ? "" : "_" + round);
                if (claim(candidate)) {
                    return candidate;
                }
            }
        }
    }

    private boolean claim(String name) {
        return taken.add(name);
    }
}
