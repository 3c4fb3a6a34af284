package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.engine.TaskMonitor;

/**
 * discriminative_parts.txt agrees with the species as the dataset itself describes them: the
 * attributes each class has in image_attribute_labels.txt give its nearest class and the parts
 * where they differ.
 */
class SynthDiscriminativePartsTest {

    @Test
    void theFileNamesThePartsWhereEachClassDiffersFromItsNearestClass(@TempDir Path root) throws IOException {
        SynthOptions options = SynthOptions.defaults().withSpecies(9).withPerSpecies(1).withSize(32).withSeed(17);
        SyntheticBirds.generate(root, options, TaskMonitor.NONE);
        Map<Integer, Map<String, String>> traitsByClass = traitsFromFiles(root);
        Map<Integer, Set<Integer>> expected = new TreeMap<>();
        for (int c : traitsByClass.keySet()) {
            expected.put(c, partsDifferingFromNearest(c, traitsByClass));
        }
        Map<Integer, Set<Integer>> written = new TreeMap<>();
        for (String line : Files.readAllLines(root.resolve("parts/discriminative_parts.txt"))) {
            String[] f = line.split(" ");
            Set<Integer> parts = new TreeSet<>();
            for (int i = 1; i < f.length; i++) {
                parts.add(Integer.parseInt(f[i]));
            }
            written.put(Integer.parseInt(f[0]), parts);
        }
        assertThat(written).isEqualTo(expected);
        assertThat(written.values()).allSatisfy(parts -> assertThat(parts).isNotEmpty());
    }

    @Test
    void theCatalogNamesBothSidesOfAPairedRegion() {
        SpeciesCatalog catalog = SpeciesCatalog.design(60, 4);
        boolean sawPair = false;
        for (Species species : catalog.species()) {
            List<Integer> ids = catalog.discriminativePartIds(species);
            for (BodyRegion region : catalog.discriminativeRegions(species)) {
                assertThat(ids).containsAll(region.cubPartIds());
                sawPair |= region.paired();
            }
            assertThat(ids).isSorted().doesNotHaveDuplicates();
        }
        assertThat(sawPair).isTrue();
    }

    /** Each class's trait values, read back from attributes.txt and the first image's labels. */
    private static Map<Integer, Map<String, String>> traitsFromFiles(Path root) throws IOException {
        Map<Integer, String> attributeNames = new HashMap<>();
        for (String line : Files.readAllLines(root.resolve("attributes/attributes.txt"))) {
            String[] f = line.split(" ");
            attributeNames.put(Integer.parseInt(f[0]), f[1]);
        }
        Map<Integer, Integer> classOfImage = new HashMap<>();
        for (String line : Files.readAllLines(root.resolve("image_class_labels.txt"))) {
            String[] f = line.split(" ");
            classOfImage.put(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
        }
        Map<Integer, Map<String, String>> traits = new TreeMap<>();
        for (String line : Files.readAllLines(root.resolve("attributes/image_attribute_labels.txt"))) {
            String[] f = line.split(" ");
            if (f[2].equals("1")) {
                String[] name = attributeNames.get(Integer.parseInt(f[1])).split("::");
                traits.computeIfAbsent(classOfImage.get(Integer.parseInt(f[0])), c -> new TreeMap<>())
                        .put(name[0], name[1]);
            }
        }
        return traits;
    }

    private static Set<Integer> partsDifferingFromNearest(int of, Map<Integer, Map<String, String>> traits) {
        int nearest = -1;
        List<Trait> bestDiff = null;
        for (int other : traits.keySet()) {
            if (other == of) {
                continue;
            }
            List<Trait> diff = new ArrayList<>();
            for (Trait trait : Trait.values()) {
                String key = "has_" + trait.key();
                if (!traits.get(of).get(key).equals(traits.get(other).get(key))) {
                    diff.add(trait);
                }
            }
            long regions = diff.stream().map(Trait::region).distinct().count();
            if (bestDiff == null || regions < bestDiff.stream().map(Trait::region).distinct().count()) {
                nearest = other;
                bestDiff = diff;
            }
        }
        assertThat(nearest).isPositive();
        Set<Integer> parts = new TreeSet<>();
        bestDiff.forEach(trait -> parts.addAll(trait.region().cubPartIds()));
        return parts;
    }
}
