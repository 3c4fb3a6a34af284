package xspace.data.synth;

import java.util.List;
import xspace.data.CubParts;

/**
 * The regions of a bird that carry attributes. Most are one CUB part; the eye, leg and wing are
 * paired, so one region stands for the left and the right CUB part together.
 */
public enum BodyRegion {
    BEAK("beak"),
    FOREHEAD("forehead"),
    CROWN("crown"),
    NAPE("nape"),
    EYE("left eye", "right eye"),
    THROAT("throat"),
    BREAST("breast"),
    BELLY("belly"),
    BACK("back"),
    WING("left wing", "right wing"),
    TAIL("tail"),
    LEG("left leg", "right leg");

    private final List<String> cubParts;
    private final List<Integer> cubPartIds;

    BodyRegion(String... cubParts) {
        this.cubParts = List.of(cubParts);
        this.cubPartIds = this.cubParts.stream().map(CubParts::id).sorted().toList();
    }

    /** The CUB part names of this region: one, or left then right for a paired region. */
    public List<String> cubParts() {
        return cubParts;
    }

    public boolean paired() {
        return cubParts.size() == 2;
    }

    /** The 1-based CUB part ids of this region, ascending. */
    public List<Integer> cubPartIds() {
        return cubPartIds;
    }

    /** The region a CUB part (1-based id) belongs to. */
    public static BodyRegion ofCubPart(int partId) {
        String name = CubParts.NAMES.get(partId - 1);
        for (BodyRegion region : values()) {
            if (region.cubParts.contains(name)) {
                return region;
            }
        }
        throw new IllegalArgumentException("no region for CUB part " + partId);
    }

    /** The CUB part name of the side that faces the viewer: left when the bird faces left. */
    public String visiblePart(boolean facingRight) {
        return paired() ? cubParts.get(facingRight ? 1 : 0) : cubParts.get(0);
    }
}
