package xspace.data.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random scenes over a small catalog, the same on every run. */
final class TestScenes {

    private TestScenes() {
    }

    static List<Scene> sample(int count, int size, long seed) {
        SpeciesCatalog catalog = SpeciesCatalog.design(20, seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Species species = catalog.get(1 + random.nextInt(catalog.size()));
            scenes.add(SceneSampler.sample(species, size, random.split()));
        }
        return scenes;
    }

    /** Largest difference of one RGB channel between two colours. */
    static int distance(int rgb, java.awt.Color colour) {
        int dr = Math.abs(((rgb >> 16) & 0xFF) - colour.getRed());
        int dg = Math.abs(((rgb >> 8) & 0xFF) - colour.getGreen());
        int db = Math.abs((rgb & 0xFF) - colour.getBlue());
        return Math.max(dr, Math.max(dg, db));
    }
}
