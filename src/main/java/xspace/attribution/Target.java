package xspace.attribution;

import java.util.Locale;

/**
 * The top unit that Excitation Backprop starts from with probability 1: an x-feature E_i of an
 * explanation module, a pre-softmax class score ŷ_j (the "Excitation BP on ŷ" baseline of the
 * paper), or a single unit of the explained layer Z.
 *
 * @param kind which layer the unit belongs to
 * @param unit the unit's 0-based index in that layer
 */
public record Target(Kind kind, int unit) {

    /** The layer of a top unit. */
    public enum Kind {
        /** An x-feature: the module's {@code xfeatures} layer, reached through its encoder. */
        XFEATURE,
        /** A pre-softmax class score: the network's output layer. */
        LOGIT,
        /** A unit of the explained layer Z. */
        Z
    }

    public Target {
        if (kind == null) {
            throw new IllegalArgumentException("a target needs a kind");
        }
        if (unit < 0) {
            throw new IllegalArgumentException("unit indices start at 0, found " + unit);
        }
    }

    public static Target xFeature(int index) {
        return new Target(Kind.XFEATURE, index);
    }

    public static Target logit(int classIndex) {
        return new Target(Kind.LOGIT, classIndex);
    }

    public static Target zUnit(int index) {
        return new Target(Kind.Z, index);
    }

    /** A short name for files and cache keys, e.g. {@code xfeature-2}, {@code logit-17}, {@code z-4095}. */
    public String key() {
        return kind.name().toLowerCase(Locale.ROOT) + "-" + unit;
    }
}
