package xspace.data.synth;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The colours and markings a species is painted with, resolved from its trait values. */
public final class Plumage {

    private final Map<BodyRegion, Color> fills = new EnumMap<>(BodyRegion.class);
    private final Color eyeRing;
    private final String wingPattern;
    private final String breastPattern;

    public Plumage(Species species) {
        fills.put(BodyRegion.BEAK, Palette.colour(species.value(Trait.BILL_COLOR)));
        fills.put(BodyRegion.FOREHEAD, Palette.colour(species.value(Trait.FOREHEAD_COLOR)));
        fills.put(BodyRegion.CROWN, Palette.colour(species.value(Trait.CROWN_COLOR)));
        fills.put(BodyRegion.NAPE, Palette.colour(species.value(Trait.NAPE_COLOR)));
        fills.put(BodyRegion.EYE, Palette.PUPIL);
        fills.put(BodyRegion.THROAT, Palette.colour(species.value(Trait.THROAT_COLOR)));
        fills.put(BodyRegion.BREAST, Palette.colour(species.value(Trait.BREAST_COLOR)));
        fills.put(BodyRegion.BELLY, Palette.colour(species.value(Trait.BELLY_COLOR)));
        fills.put(BodyRegion.BACK, Palette.colour(species.value(Trait.BACK_COLOR)));
        fills.put(BodyRegion.WING, Palette.colour(species.value(Trait.WING_COLOR)));
        fills.put(BodyRegion.TAIL, Palette.colour(species.value(Trait.TAIL_COLOR)));
        fills.put(BodyRegion.LEG, Palette.colour(species.value(Trait.LEG_COLOR)));
        String ring = species.value(Trait.EYE_RING_COLOR);
        this.eyeRing = ring.equals("none") ? null : Palette.colour(ring);
        this.wingPattern = species.value(Trait.WING_PATTERN);
        this.breastPattern = species.value(Trait.BREAST_PATTERN);
    }

    /**
     * The colour a region is filled with, which is also the colour at its anchor: the pupil for
     * the eye, the ground colour (not the markings) for a patterned wing or breast.
     */
    public Color fill(BodyRegion region) {
        return fills.get(region);
    }

    public Optional<Color> eyeRing() {
        return Optional.ofNullable(eyeRing);
    }

    public String wingPattern() {
        return wingPattern;
    }

    public String breastPattern() {
        return breastPattern;
    }

    /** A darker shade for outlines, so that a wing shows on a back of the same colour. */
    static Color outline(Color fill) {
        return new Color(fill.getRed() * 3 / 5, fill.getGreen() * 3 / 5, fill.getBlue() * 3 / 5);
    }
}
