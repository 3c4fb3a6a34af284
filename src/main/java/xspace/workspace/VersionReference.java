package xspace.workspace;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import xspace.explain.ModuleInfo;

/**
 * A version named by a person: its label among its class's versions ({@code v2}), its id
 * ({@code srae-class-012@3f2a9c1e7b4d5a60}) or its fingerprint, whole or a unique beginning of at
 * least six digits.
 */
final class VersionReference {

    static final int SHORTEST_PREFIX = 6;

    private VersionReference() {
    }

    /**
     * The one version among {@code candidates} that {@code ref} names.
     *
     * @param where what the candidates are, for the refusal ("the SRAE modules of class 12")
     */
    static ModuleVersion resolve(String ref, List<ModuleVersion> candidates, String where) {
        String wanted = ref.strip().toLowerCase(Locale.ROOT);
        List<ModuleVersion> found = candidates.stream().filter(v -> matches(v, wanted)).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new WorkspaceException("no version " + ref + " among " + where + " (" + listed(candidates) + ")");
        }
        throw new WorkspaceException(ref + " names " + found.size() + " versions among " + where + " ("
                + listed(found) + "); give more of the fingerprint");
    }

    private static boolean matches(ModuleVersion v, String wanted) {
        if (wanted.equals(v.label()) || wanted.equals(v.id())) {
            return true;
        }
        String fingerprint = ModuleInfo.isVersionId(wanted) ? null : wanted;
        return fingerprint != null && fingerprint.length() >= SHORTEST_PREFIX && v.fingerprint().startsWith(fingerprint);
    }

    private static String listed(List<ModuleVersion> versions) {
        if (versions.isEmpty()) {
            return "there are none";
        }
        return versions.stream().limit(8).map(v -> v.label() + " " + v.id()).collect(Collectors.joining(", "))
                + (versions.size() > 8 ? ", …" : "");
    }
}
