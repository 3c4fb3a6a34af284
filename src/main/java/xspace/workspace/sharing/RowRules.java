package xspace.workspace.sharing;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.AnnotatorNames;
import xspace.workspace.db.Text;
import xspace.workspace.db.XFeatureKey;

/**
 * What a bundle's rows may refer to: annotators listed in annotators.json, modules declared in the
 * manifest and present in this workspace, and x-features those modules have. A row about anything else would only fill the database with entries nobody can see (or
 * flood it).
 *
 * @param annotators the names of annotators.json, normalised
 * @param declared   the module ids of manifest.json
 * @param here       this workspace's modules by id
 * @param skipped    modules whose rows are left out (another module here, or none): not checked further
 * @param now        this computer's time, against times in the future
 */
record RowRules(Set<String> annotators, Set<String> declared, Map<String, WorkspaceModule> here,
        Set<String> skipped, Instant now) {

    private static final int MODULES_LISTED = 5;

    String annotator(String field) {
        String name = AnnotatorNames.normalise(Text.line(field, "the annotator", Text.MAX_ANNOTATOR));
        if (!annotators.contains(name)) {
            throw new WorkspaceException("annotator " + Shown.quote(name) + " is not listed in annotators.json");
        }
        return name;
    }

    XFeatureKey key(String moduleField, int classIndex, int feature) {
        String id = Text.line(moduleField, "module_id", Text.MAX_ID);
        if (!declared.contains(id)) {
            throw new WorkspaceException("module " + Shown.quote(id) + " is not declared in manifest.json");
        }
        if (skipped.contains(id)) {
            return new XFeatureKey(id, classIndex, feature);
        }
        WorkspaceModule module = here.get(id);
        if (module == null) {
            throw new WorkspaceException("module " + Shown.quote(id) + " is not in this workspace (" + listed() + ")");
        }
        String which = "module " + Shown.quote(id);
        if (classIndex != module.classIndex()) {
            throw new WorkspaceException(which + " explains class " + module.classIndex() + ", not class " + classIndex);
        }
        if (feature >= module.xFeatures()) {
            throw new WorkspaceException(which + " has " + module.xFeatures() + " x-features (0 to "
                    + (module.xFeatures() - 1) + "), not x-feature " + feature);
        }
        return new XFeatureKey(id, classIndex, feature);
    }

    Instant time(String field) {
        return BundleTimes.check(field, now);
    }

    private String listed() {
        if (here.isEmpty()) {
            return "it has no explanation modules";
        }
        String some = here.keySet().stream().sorted().limit(MODULES_LISTED).collect(Collectors.joining(", "));
        return "it has " + here.size() + ": " + some + (here.size() > MODULES_LISTED ? ", …" : "");
    }
}
