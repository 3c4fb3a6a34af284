package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every species has a look-alike that differs in one to three regions, and names are unique. */
class SynthSpeciesTest {

    @ParameterizedTest
    @CsvSource({"2, 1", "3, 2", "5, 3", "12, 7", "50, 8", "200, 7", "200, 99"})
    void eachSpeciesDiffersFromItsNearestSpeciesInOneToThreeRegions(int count, long seed) {
        SpeciesCatalog catalog = SpeciesCatalog.design(count, seed);
        assertThat(catalog.size()).isEqualTo(count);
        for (Species species : catalog.species()) {
            int nearest = catalog.species().stream().filter(s -> s != species)
                    .mapToInt(s -> species.differingRegions(s).size()).min().orElseThrow();
            assertThat(nearest).as(species.name()).isBetween(1, 3);
            assertThat(catalog.discriminativeRegions(species)).hasSize(nearest);
        }
    }

    @Test
    void namesAreUniqueAndShapedLikeCubClassNames() {
        SpeciesCatalog catalog = SpeciesCatalog.design(200, 7);
        Set<String> names = new HashSet<>();
        for (Species species : catalog.species()) {
            assertThat(names.add(species.name())).as(species.name()).isTrue();
            assertThat(species.classDirectory()).matches("\\d{3}\\.[A-Z][a-z]+(_[A-Za-z]+)+");
            assertThat(species.classDirectory()).startsWith(String.format("%03d.", species.id()));
        }
    }

    @Test
    void aNameDescribesTheSpeciesAdjectiveFirstAndBillLast() {
        for (Species species : SpeciesCatalog.design(40, 3).species()) {
            boolean describes = List.of(Trait.values()).stream()
                    .map(t -> t.adjective(species.value(t)))
                    .anyMatch(adjective -> !adjective.isEmpty() && species.name().startsWith(adjective + "_"));
            assertThat(describes || species.name().matches("^(Lesser|Greater|Northern|Southern|Eastern|Western|"
                    + "Mountain|Marsh|Forest|Island)_.*")).as(species.name()).isTrue();
            assertThat(species.name()).endsWith("_" + SpeciesNamer.noun(species.value(Trait.BILL_SHAPE)));
        }
    }

    @Test
    void noOverallColourBelongsToASingleSpecies() {
        // the colour most of a bird is painted in must not name it: other species share it
        Map<String, Integer> speciesPerMainColour = new HashMap<>();
        SpeciesCatalog catalog = SpeciesCatalog.design(200, 7);
        for (Species species : catalog.species()) {
            speciesPerMainColour.merge(mainColour(species), 1, Integer::sum);
        }
        assertThat(speciesPerMainColour).allSatisfy((colour, count) -> assertThat(count).as(colour)
                .isGreaterThanOrEqualTo(5));
        for (Species species : catalog.species()) {
            // at most three of the nine plumage regions differ, so the look-alike has the same overall colouring
            Species nearest = catalog.nearest(species);
            long shared = java.util.Arrays.stream(Trait.values()).filter(t -> t.vocabulary().equals(Palette.PLUMAGE))
                    .filter(t -> species.value(t).equals(nearest.value(t))).count();
            assertThat(shared).as("plumage colours shared with the look-alike of " + species.name())
                    .isGreaterThanOrEqualTo(6);
        }
    }

    private static String mainColour(Species species) {
        Map<String, Integer> counts = new HashMap<>();
        java.util.Arrays.stream(Trait.values()).filter(t -> t.vocabulary().equals(Palette.PLUMAGE))
                .forEach(t -> counts.merge(species.value(t), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    @Test
    void theSameSeedGivesTheSameSpeciesAndAnotherSeedOthers() {
        assertThat(SpeciesCatalog.design(30, 5).species()).isEqualTo(SpeciesCatalog.design(30, 5).species());
        assertThat(SpeciesCatalog.design(30, 6).species()).isNotEqualTo(SpeciesCatalog.design(30, 5).species());
    }

    @Test
    void groupsAreNeverSingletons() {
        for (int count = 2; count <= 40; count++) {
            List<Integer> sizes = SpeciesDesigner.groupSizes(count);
            assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
            assertThat(sizes).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(2));
        }
    }
}
