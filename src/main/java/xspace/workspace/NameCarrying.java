package xspace.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.workspace.db.NameCarrier;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * Carries names from one version of a class's module to another, only when asked: each named
 * x-feature of the source goes to the target x-feature it matches, measured ({@link XFeatureMatch}
 * on every image of the workspace's features), when the correlation reaches a threshold and stands
 * out from the next best; a person may map x-features by hand instead. What is not clear is not
 * carried, and said. Votes and notes stay: they judge the source's x-features.
 */
public final class NameCarrying {

    /** The version (or, for names whose module file is gone, the module id) names come from. */
    public record Source(String id, int classIndex, Optional<ModuleVersion> version) {
    }

    /**
     * @param minCorrelation the correlation a match needs (0.8 by default)
     * @param minMargin      how far it must stand above the x-feature's next best (0.1 by default)
     * @param byHand         source x-feature to target x-feature, decided by a person; carried as given
     * @param dryRun         only measure and decide, write nothing
     */
    public record Options(double minCorrelation, double minMargin, Map<Integer, Integer> byHand, boolean dryRun) {
    }

    /** What was decided for a named x-feature of the source. */
    public enum Verdict { MATCHED, BY_HAND, WEAK, AMBIGUOUS, UNMATCHED }

    /** A named source x-feature: its names, its partner (-1 none) with the correlation, and the verdict. */
    public record Decision(int from, Map<String, String> names, int to, double correlation, double runnerUp,
            Verdict verdict) {

        public boolean carried() {
            return verdict == Verdict.MATCHED || verdict == Verdict.BY_HAND;
        }
    }

    /** The decisions, the images measured (0 when not measured) and what the database did (null in a dry run). */
    public record Report(Source from, ModuleVersion to, int images, List<Decision> decisions,
            NameCarrier.Result result) {
    }

    private final Workspace workspace;
    private final WorkspaceDatabase db;

    public NameCarrying(Workspace workspace, WorkspaceDatabase db) {
        this.workspace = workspace;
        this.db = db;
    }

    public Report carry(Source from, ModuleVersion to, Options options, TaskMonitor monitor) throws IOException {
        requireSameModule(from, to);
        if (from.id().equals(to.id())) {
            throw new WorkspaceException(to.id() + ": source and target are the same version");
        }
        List<XFeatureKey> named = db.moduleKeys().named(from.id());
        requireNamedSources(from, options, named);
        Optional<XFeatureMatch> match = measure(from, to, options, named, monitor);
        List<Decision> decisions = new ArrayList<>();
        for (XFeatureKey key : named) {
            decisions.add(decide(key, match, to, options));
        }
        requireDistinctTargets(decisions);
        NameCarrier.Result result = options.dryRun() ? null : db.moduleKeys().carryNames(decisions.stream()
                .filter(Decision::carried).map(d -> new NameCarrier.Carry(new XFeatureKey(from.id(), from.classIndex(),
                        d.from()), new XFeatureKey(to.id(), to.classIndex(), d.to()), how(d))).toList());
        return new Report(from, to, match.map(XFeatureMatch::images).orElse(0), decisions, result);
    }

    /**
     * Names carry between versions of one method's module for one class: another method's x-features
     * are other concepts even where their indices agree, and a person mapping by hand would not see it.
     */
    private static void requireSameModule(Source from, ModuleVersion to) {
        Optional<ModuleLayout.Slot> slot = from.version().map(v -> new ModuleLayout.Slot(v.method(), v.classIndex()))
                .or(() -> ModuleLayout.slotOf(from.id()));
        if (slot.isEmpty()) {
            throw new WorkspaceException(from.id() + ": not the id of a module version this XSpace knows (method,"
                    + " class and fingerprint); names are carried only between versions of one module");
        }
        ModuleLayout.Slot source = slot.get();
        if (source.method() != to.method()) {
            throw new WorkspaceException(from.id() + " is a version of the " + source.method() + " module of class "
                    + source.classIndex() + ", not of " + to.method() + "'s: names carry only between versions of one"
                    + " method's module (another method's x-features are other concepts); use --method "
                    + source.method().name().toLowerCase(java.util.Locale.ROOT) + " to carry between its versions");
        }
        if (source.classIndex() != to.classIndex() || from.classIndex() != to.classIndex()) {
            throw new WorkspaceException("names carry between versions of one class; " + from.id() + " explains class "
                    + source.classIndex() + ", " + to.id() + " class " + to.classIndex());
        }
    }

    /** Measures unless every named x-feature is mapped by hand; a source without its file cannot be measured. */
    private Optional<XFeatureMatch> measure(Source from, ModuleVersion to, Options options, List<XFeatureKey> named,
            TaskMonitor monitor) throws IOException {
        boolean allByHand = named.stream().allMatch(k -> options.byHand().containsKey(k.feature()));
        if (allByHand || from.version().isEmpty()) {
            return Optional.empty();
        }
        monitor.progress(0, "Measuring how the x-features of " + from.id() + " and " + to.id() + " correspond");
        ExplanationModule a = ModuleStore.load(from.version().get().file(), workspace.cnnInfo());
        ExplanationModule b = ModuleStore.load(to.file(), workspace.cnnInfo());
        if (!java.nio.file.Files.isDirectory(workspace.featuresDir())) {
            throw new WorkspaceException(workspace.featuresDir() + ": the workspace has no features to measure the match"
                    + " on; run 'xspace features' (or map every x-feature with --map)");
        }
        monitor.progress(0.2, "Correlating the x-features on every image of the workspace's features");
        return Optional.of(XFeatureMatch.measure(a, b, new FeatureBlocks(workspace.features())));
    }

    private Decision decide(XFeatureKey key, Optional<XFeatureMatch> match, ModuleVersion to, Options options) {
        int i = key.feature();
        Map<String, String> names = new java.util.TreeMap<>();
        db.namesByAnnotator(key).forEach((annotator, name) -> names.put(annotator.name(), name));
        Integer hand = options.byHand().get(i);
        if (hand != null) {
            if (hand < 0 || hand >= to.info().n()) {
                throw new WorkspaceException("--map " + i + "=" + hand + ": " + to.id() + " has x-features 0 to "
                        + (to.info().n() - 1));
            }
            double r = match.map(m -> i < m.correlation().length ? m.correlation(i, hand) : Double.NaN)
                    .orElse(Double.NaN);
            return new Decision(i, names, hand, r, Double.NaN, Verdict.BY_HAND);
        }
        if (match.isEmpty() || i >= match.get().pairs().size()) {
            return new Decision(i, names, -1, Double.NaN, Double.NaN, Verdict.UNMATCHED);
        }
        XFeatureMatch.Pair pair = match.get().pairOf(i);
        Verdict verdict = pair.to() < 0 || Double.isNaN(pair.correlation()) ? Verdict.UNMATCHED
                : pair.correlation() < options.minCorrelation() ? Verdict.WEAK
                : pair.margin() < options.minMargin() ? Verdict.AMBIGUOUS : Verdict.MATCHED;
        return new Decision(i, names, pair.to(), pair.correlation(), pair.runnerUp(), verdict);
    }

    /** A mapped x-feature the source lacks, or one without names, would be passed over without a word. */
    private static void requireNamedSources(Source from, Options options, List<XFeatureKey> named) {
        Set<Integer> namedFeatures = new HashSet<>();
        named.forEach(k -> namedFeatures.add(k.feature()));
        for (Map.Entry<Integer, Integer> entry : options.byHand().entrySet()) {
            int i = entry.getKey();
            String map = "--map " + i + "=" + entry.getValue() + ": ";
            if (from.version().isPresent() && (i < 0 || i >= from.version().get().info().n())) {
                throw new WorkspaceException(map + from.id() + " has x-features 0 to "
                        + (from.version().get().info().n() - 1));
            }
            if (!namedFeatures.contains(i)) {
                throw new WorkspaceException(map + "x-feature " + i + " of " + from.id() + " has no names to carry");
            }
        }
    }

    private static void requireDistinctTargets(List<Decision> decisions) {
        Set<Integer> targets = new HashSet<>();
        for (Decision d : decisions) {
            if (d.carried() && !targets.add(d.to())) {
                throw new WorkspaceException("two named x-features would go to x-feature " + d.to()
                        + "; map them by hand (--map FROM=TO) so that each goes to its own");
            }
        }
    }

    private static String how(Decision d) {
        String r = Double.isNaN(d.correlation()) ? "not measured" : String.format(java.util.Locale.ROOT, "r = %.3f",
                d.correlation());
        return d.verdict() == Verdict.BY_HAND ? "mapped by hand (" + r + ")"
                : "matched (" + r + ", next best " + String.format(java.util.Locale.ROOT, "%.3f", d.runnerUp()) + ")";
    }
}
