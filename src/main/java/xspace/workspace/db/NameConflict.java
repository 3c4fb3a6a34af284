package xspace.workspace.db;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An x-feature that annotators name differently after a merge, each annotator's current name by
 * annotator name. Both stay; people settle it, not the merge.
 */
public record NameConflict(XFeatureKey key, Map<String, String> namesByAnnotator) {

    public NameConflict {
        namesByAnnotator = Collections.unmodifiableMap(new TreeMap<>(namesByAnnotator));
    }
}
