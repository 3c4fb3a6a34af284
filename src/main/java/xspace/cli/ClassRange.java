package xspace.cli;

import xspace.workspace.Workspace;

/**
 * The check every command taking a class makes before any work: a class past the network's last
 * one would otherwise be looked for among the modules, and the error would ask to train a module
 * for a class that cannot have one.
 */
final class ClassRange {

    private ClassRange() {
    }

    /** The class, checked against the network of the workspace. */
    static int check(String option, int classIndex, Workspace workspace) {
        return check(option, classIndex, workspace.cnnInfo().classCount());
    }

    static int check(String option, int classIndex, int classCount) {
        if (classIndex >= classCount) {
            throw new IllegalArgumentException(option + ": class " + classIndex + " does not exist"
                    + " (the network has " + classCount + " classes, 0 to " + (classCount - 1) + ")");
        }
        return classIndex;
    }
}
