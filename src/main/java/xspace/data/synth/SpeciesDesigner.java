package xspace.data.synth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invents species in groups: a base bird per group and siblings that differ from it in one to
 * three body regions. So every species has a close look-alike and can only be told apart by
 * its parts, while colours and shapes recur across groups and no global cue names a species.
 */
final class SpeciesDesigner {

    private static final List<BodyRegion> UPPERPARTS = List.of(
            BodyRegion.FOREHEAD, BodyRegion.CROWN, BodyRegion.NAPE, BodyRegion.BACK, BodyRegion.WING, BodyRegion.TAIL);
    private static final List<BodyRegion> UNDERPARTS = List.of(BodyRegion.THROAT, BodyRegion.BREAST, BodyRegion.BELLY);
    /** How likely a region takes the bird's main colour rather than an accent. */
    private static final double MAIN_COLOUR_SHARE = 0.65;
    private static final int GROUP_SIZE = 4;
    private static final int MAX_CHANGED_REGIONS = 3;

    private final SplittableRandom random;
    private final List<Map<Trait, String>> designs = new ArrayList<>();

    private SpeciesDesigner(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The trait values of {@code count} (at least 2) distinct species. */
    static List<Map<Trait, String>> design(int count, long seed) {
        if (count < 2) {
            throw new IllegalArgumentException("at least 2 species are needed, got " + count);
        }
        SpeciesDesigner designer = new SpeciesDesigner(seed);
        for (int size : groupSizes(count)) {
            designer.addGroup(size);
        }
        return List.copyOf(designer.designs);
    }

    /** Groups of about four; never a group of one, which would have no look-alike. */
    static List<Integer> groupSizes(int count) {
        int groups = Math.max(1, Math.round(count / (float) GROUP_SIZE));
        List<Integer> sizes = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            sizes.add(count / groups + (g < count % groups ? 1 : 0));
        }
        return sizes;
    }

    private void addGroup(int size) {
        Map<Trait, String> base = addDistinct(this::baseBird);
        for (int i = 1; i < size; i++) {
            addDistinct(() -> sibling(base));
        }
    }

    private Map<Trait, String> addDistinct(java.util.function.Supplier<Map<Trait, String>> candidates) {
        Map<Trait, String> design = candidates.get();
        while (!isNew(design)) {
            design = candidates.get();
        }
        designs.add(design);
        return design;
    }

    private boolean isNew(Map<Trait, String> design) {
        return designs.stream().noneMatch(d -> Species.differingRegions(d, design).isEmpty());
    }

    private Map<Trait, String> baseBird() {
        Map<Trait, String> bird = new EnumMap<>(Trait.class);
        for (Trait trait : Trait.values()) {
            bird.put(trait, pick(trait.vocabulary()));
        }
        String main = pick(Palette.PLUMAGE);
        String under = pickOther(Palette.PLUMAGE, main);
        paint(bird, UPPERPARTS, main);
        paint(bird, UNDERPARTS, under);
        bird.put(Trait.BREAST_PATTERN, random.nextDouble() < 0.5 ? "plain" : pick(Trait.BREAST_PATTERN.vocabulary()));
        bird.put(Trait.WING_PATTERN, random.nextDouble() < 0.5 ? "plain" : pick(Trait.WING_PATTERN.vocabulary()));
        return bird;
    }

    /** Most regions of one kind share a colour, as in real birds; the rest are accents. */
    private void paint(Map<Trait, String> bird, List<BodyRegion> regions, String colour) {
        for (BodyRegion region : regions) {
            if (random.nextDouble() < MAIN_COLOUR_SHARE) {
                Trait.of(region).stream().filter(t -> t.vocabulary().equals(Palette.PLUMAGE))
                        .forEach(t -> bird.put(t, colour));
            }
        }
    }

    private Map<Trait, String> sibling(Map<Trait, String> base) {
        Map<Trait, String> bird = new EnumMap<>(base);
        List<BodyRegion> regions = new ArrayList<>(List.of(BodyRegion.values()));
        int changes = 1 + random.nextInt(MAX_CHANGED_REGIONS);
        for (int i = 0; i < changes; i++) {
            BodyRegion region = regions.remove(random.nextInt(regions.size()));
            List<Trait> traits = Trait.of(region);
            Trait trait = traits.get(random.nextInt(traits.size()));
            bird.put(trait, pickOther(trait.vocabulary(), base.get(trait)));
        }
        return bird;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pickOther(List<String> values, String not) {
        String value = pick(values);
        while (value.equals(not)) {
            value = pick(values);
        }
        return value;
    }
}
