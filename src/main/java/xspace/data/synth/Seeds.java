package xspace.data.synth;

/**
 * Independent random streams derived from the run's seed: one per image, so images can be
 * rendered in any order on any number of threads and still come out the same.
 */
final class Seeds {

    private static final long CATALOG = 0x5EED_CA7A_1060_0001L;
    private static final long SPLIT = 0x5EED_5917_0000_0002L;
    private static final long IMAGE = 0x5EED_1A6E_0000_0003L;

    private Seeds() {
    }

    static long catalog(long seed) {
        return mix(seed ^ CATALOG);
    }

    static long split(long seed, int speciesId) {
        return mix(mix(seed ^ SPLIT) + speciesId);
    }

    /** The stream of one image, by its 0-based index in images.txt. */
    static long image(long seed, int index) {
        return mix(mix(seed ^ IMAGE) + index);
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
