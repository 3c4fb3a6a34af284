package xspace.workspace.db;

import xspace.workspace.WorkspaceException;

/**
 * Which x-feature: the explanation module (an opaque id such as {@code srae-class-012}), the
 * class it explains and the 0-based index of the x-feature in it.
 */
public record XFeatureKey(String moduleId, int classIndex, int feature) {

    public XFeatureKey {
        if (moduleId == null || moduleId.isBlank()) {
            throw new WorkspaceException("an x-feature needs a module id");
        }
        if (classIndex < 0 || feature < 0) {
            throw new WorkspaceException("x-feature " + moduleId + "/" + classIndex + "/" + feature
                    + ": class and feature indices start at 0");
        }
    }

    @Override
    public String toString() {
        return moduleId + "/" + classIndex + "/" + feature;
    }
}
