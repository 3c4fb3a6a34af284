package xspace.workspace;

import java.util.Map;

/**
 * The evaluation of one class: per method its {@link MethodResult}, and the baselines that do not
 * depend on a method (Excitation BP on ŷ_j, a sample of Z units, the unmasked accuracy), over the
 * class's positive test images.
 *
 * @param versions per method, the id of the module version measured (null in results of earlier
 *                 releases, which did not record it)
 */
public record ClassResult(int classIndex, String className, int images, Map<String, MethodResult> methods,
        double excitationLocality, double zLocality, int zUnits, double originalAccuracy,
        double excitationMaskedAccuracy, double excitationDiscriminativeShare, Map<String, String> versions) {

    /** The result with the versions it measured recorded. */
    ClassResult withVersions(Map<String, String> measured) {
        return new ClassResult(classIndex, className, images, methods, excitationLocality, zLocality, zUnits,
                originalAccuracy, excitationMaskedAccuracy, excitationDiscriminativeShare, Map.copyOf(measured));
    }
}
