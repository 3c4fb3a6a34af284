package xspace.data.synth;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One synthetic species: its CUB class id, its name ({@code Red_crowned_Hookbill}) and one value
 * for every {@link Trait}.
 */
public record Species(int id, String name, Map<Trait, String> traits) {

    public Species {
        if (traits.size() != Trait.values().length) {
            throw new IllegalArgumentException("a species needs a value for every trait: " + traits.keySet());
        }
        traits = Collections.unmodifiableMap(new EnumMap<>(traits));
    }

    public String value(Trait trait) {
        return traits.get(trait);
    }

    /** The class folder and classes.txt name, e.g. {@code 003.Red_crowned_Hookbill}. */
    public String classDirectory() {
        return String.format(java.util.Locale.ROOT, "%03d.%s", id, name);
    }

    /** The regions in which this species looks different from another. */
    public Set<BodyRegion> differingRegions(Species other) {
        return differingRegions(traits, other.traits);
    }

    static Set<BodyRegion> differingRegions(Map<Trait, String> a, Map<Trait, String> b) {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        for (Trait trait : Trait.values()) {
            if (!a.get(trait).equals(b.get(trait))) {
                regions.add(trait.region());
            }
        }
        return regions;
    }
}
