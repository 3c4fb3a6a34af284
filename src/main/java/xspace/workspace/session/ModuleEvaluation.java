package xspace.workspace.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import xspace.explain.ModuleInfo;
import xspace.workspace.ClassResult;
import xspace.workspace.EvaluationRun;
import xspace.workspace.MethodResult;
import xspace.workspace.XFeatureResult;

/**
 * What the workspace's latest evaluation measured for one module, x-feature by x-feature: shown
 * only when that evaluation measured this very version (a retrained module's figures would belong
 * to another), otherwise a sentence saying why there is nothing to show.
 *
 * @param xFeatures   the measures of each x-feature, empty when {@code note} explains their absence
 * @param annotations the x-features' names and votes, beside their measures
 * @param note        where the figures come from, or why there are none
 */
public record ModuleEvaluation(List<XFeatureResult> xFeatures, List<FeatureAnnotation> annotations, String note) {

    /** Reads the evaluation's files and the x-features' names; off the FX thread. */
    public static ModuleEvaluation latest(WorkspaceSession session, ModuleInfo info) throws IOException {
        Optional<EvaluationOutput> output = EvaluationOutput.latest(session.workspace());
        ModuleEvaluation measured = output.isEmpty()
                ? none("No evaluation of this workspace yet (see the command above).")
                : of(output.get().folder(), info);
        return new ModuleEvaluation(measured.xFeatures, FeatureAnnotation.read(session.database(), info.versionId(),
                info.classIndex(), info.n()), measured.note);
    }

    static ModuleEvaluation of(Path folder, ModuleInfo info) throws IOException {
        Optional<ClassResult> result = EvaluationRun.classResult(folder, info.classIndex());
        String method = info.method().name();
        if (result.isEmpty() || !result.get().methods().containsKey(method)) {
            return none("The latest evaluation (" + folder + ") did not measure " + info.moduleId() + ".");
        }
        String measured = result.get().versions() == null ? null : result.get().versions().get(method);
        if (measured == null || !measured.equals(info.versionId())) {
            return none("The latest evaluation measured " + (measured == null ? "an earlier version" : measured)
                    + ", not the version in use (" + info.versionId() + "); evaluate again to see its x-features.");
        }
        MethodResult measures = result.get().methods().get(method);
        if (measures.xFeatures() == null) {
            return none("The latest evaluation was written by an earlier release, without x-feature measures.");
        }
        return new ModuleEvaluation(List.copyOf(measures.xFeatures()), List.of(), "From " + folder + ", over the "
                + result.get().images() + " test images of the class.");
    }

    private static ModuleEvaluation none(String why) {
        return new ModuleEvaluation(List.of(), List.of(), why);
    }
}
