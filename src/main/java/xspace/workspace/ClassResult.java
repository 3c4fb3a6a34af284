package xspace.workspace;

import java.util.Map;

/**
 * The evaluation of one class: per method its {@link MethodResult}, and the baselines that do not
 * depend on a method (Excitation BP on ŷ_j, a sample of Z units, the unmasked accuracy), over the
 * class's positive test images.
 */
public record ClassResult(int classIndex, String className, int images, Map<String, MethodResult> methods,
        double excitationLocality, double zLocality, int zUnits, double originalAccuracy,
        double excitationMaskedAccuracy, double excitationDiscriminativeShare) {
}
