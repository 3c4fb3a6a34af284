package xspace.data.synth;

import java.util.Optional;

/**
 * Everything that decides one synthetic image: the species (and its shape and colours), the
 * pose, a perch behind the feet, an optional occluder, the backdrop's seed and the camera
 * effects. Rendering a scene is a pure function of it.
 */
public record Scene(int size, Species species, BirdShape shape, Plumage plumage, Pose pose, boolean perch,
        Optional<Occluder> occluder, long backdropSeed, PhotoEffects effects) {
}
