package xspace.data.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Which image gets which id, species, file and split: species by species, in class-id order,
 * like CUB's images.txt. Each species' training images are a seeded random subset.
 */
public final class DatasetPlan {

    /** One image of the dataset; {@code index} is its 0-based position, {@code id} = index + 1. */
    public record Slot(int index, Species species, int number, boolean training, String relativePath) {
        public int id() {
            return index + 1;
        }
    }

    private final List<Slot> slots;

    private DatasetPlan(List<Slot> slots) {
        this.slots = List.copyOf(slots);
    }

    public static DatasetPlan of(SpeciesCatalog catalog, SynthOptions options) {
        List<Slot> slots = new ArrayList<>();
        for (Species species : catalog.species()) {
            boolean[] training = trainingMask(options.perSpecies(), options.trainFraction(),
                    new SplittableRandom(Seeds.split(options.seed(), species.id())));
            for (int n = 1; n <= options.perSpecies(); n++) {
                String file = String.format(Locale.ROOT, "%s/%s_%04d.%s", species.classDirectory(), species.name(), n,
                        options.format().extension());
                slots.add(new Slot(slots.size(), species, n, training[n - 1], file));
            }
        }
        return new DatasetPlan(slots);
    }

    public List<Slot> slots() {
        return slots;
    }

    public int size() {
        return slots.size();
    }

    public long trainingCount() {
        return slots.stream().filter(Slot::training).count();
    }

    /**
     * The training share rounded per species; with two or more images a species keeps at least
     * one on each side unless the fraction is exactly 0 or 1.
     */
    static int trainingCount(int images, double fraction) {
        int count = (int) Math.round(images * fraction);
        if (images >= 2 && fraction > 0 && fraction < 1) {
            count = Math.max(1, Math.min(images - 1, count));
        }
        return count;
    }

    private static boolean[] trainingMask(int images, double fraction, SplittableRandom random) {
        int[] order = new int[images];
        for (int i = 0; i < images; i++) {
            order[i] = i;
        }
        for (int i = images - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] training = new boolean[images];
        for (int i = 0; i < trainingCount(images, fraction); i++) {
            training[order[i]] = true;
        }
        return training;
    }
}
