package xspace.data.synth;

import java.awt.Color;

/**
 * Which layers of a scene are drawn. Datasets use {@link #PHOTO}; the other styles exist to
 * check the annotations: {@link #CLEAN} without camera effects, {@link #keyed} with the bird
 * alone on a flat colour.
 *
 * @param key a flat background colour instead of the cluttered backdrop, or null
 * @param occluder whether the scene's leaf or branch is drawn
 * @param effects whether lighting and noise are applied
 */
public record RenderStyle(Color key, boolean occluder, boolean effects) {

    public static final RenderStyle PHOTO = new RenderStyle(null, true, true);
    public static final RenderStyle CLEAN = new RenderStyle(null, true, false);

    /** The bird alone on a flat colour, with no occluder and no effects. */
    public static RenderStyle keyed(Color key) {
        return new RenderStyle(key, false, false);
    }
}
