package xspace.workspace;

import java.nio.file.Path;
import xspace.explain.ExplanationMethod;
import xspace.explain.ModuleInfo;

/**
 * One version of a class's explanation module in a workspace.
 *
 * @param number  its place among the class's versions, oldest first, from 1: a label for people
 *                ("v2"), not an identity (that is the fingerprint)
 * @param file    its zip
 * @param info    its description, with the fingerprint
 * @param current whether it is the version in use
 */
public record ModuleVersion(int number, Path file, ModuleInfo info, boolean current) {

    public ExplanationMethod method() {
        return info.method();
    }

    public int classIndex() {
        return info.classIndex();
    }

    /** The id names, votes and notes are keyed by, e.g. {@code srae-class-012@3f2a9c1e7b4d5a60}. */
    public String id() {
        return info.versionId();
    }

    public String fingerprint() {
        return info.fingerprint();
    }

    /** "v2", the version's number. */
    public String label() {
        return "v" + number;
    }

    ModuleVersion asCurrent(boolean value) {
        return new ModuleVersion(number, file, info, value);
    }
}
