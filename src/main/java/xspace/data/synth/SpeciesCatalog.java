package xspace.data.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The species of one synthetic dataset (class ids 1..n) and what tells each from its nearest
 * look-alike: the nearest species is the one differing in the fewest body regions (ties go to
 * the lowest class id), and its differing regions are the species' discriminative regions.
 */
public final class SpeciesCatalog {

    private final List<Species> species;

    private SpeciesCatalog(List<Species> species) {
        this.species = List.copyOf(species);
    }

    /** Designs and names {@code count} species from a seed; the same seed gives the same catalog. */
    public static SpeciesCatalog design(int count, long seed) {
        List<Map<Trait, String>> designs = SpeciesDesigner.design(count, seed);
        List<Set<BodyRegion>> discriminative = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            discriminative.add(Species.differingRegions(designs.get(i), designs.get(nearestIndex(designs, i))));
        }
        List<String> names = SpeciesNamer.names(designs, discriminative);
        List<Species> species = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            species.add(new Species(i + 1, names.get(i), designs.get(i)));
        }
        return new SpeciesCatalog(species);
    }

    public List<Species> species() {
        return species;
    }

    public int size() {
        return species.size();
    }

    /** The species of a 1-based class id. */
    public Species get(int classId) {
        return species.get(classId - 1);
    }

    /** The species that differs from this one in the fewest regions, ties to the lowest id. */
    public Species nearest(Species of) {
        return species.stream().filter(s -> s.id() != of.id())
                .min(Comparator.comparingInt((Species s) -> of.differingRegions(s).size())
                        .thenComparingInt(Species::id))
                .orElseThrow(() -> new IllegalStateException("a catalog of one species has no nearest"));
    }

    /** The regions that tell this species from its nearest species. */
    public Set<BodyRegion> discriminativeRegions(Species of) {
        return of.differingRegions(nearest(of));
    }

    /** The CUB part ids of the discriminative regions (both sides of a paired region), ascending. */
    public List<Integer> discriminativePartIds(Species of) {
        Set<Integer> ids = new TreeSet<>();
        discriminativeRegions(of).forEach(region -> ids.addAll(region.cubPartIds()));
        return List.copyOf(ids);
    }

    private static int nearestIndex(List<Map<Trait, String>> designs, int of) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < designs.size(); i++) {
            int distance = Species.differingRegions(designs.get(of), designs.get(i)).size();
            if (i != of && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
