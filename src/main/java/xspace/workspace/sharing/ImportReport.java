package xspace.workspace.sharing;

import java.util.List;
import xspace.workspace.db.MergeResult;

/**
 * What importing a bundle did.
 *
 * @param manifest       the bundle's manifest
 * @param merge          counts per kind and the names now in conflict
 * @param skippedModules modules whose entries were left out because the module here is a different
 *                       one (another fingerprint), each as "id (bundle …, here …)"
 * @param skippedEntries how many entries of those modules were left out
 * @param leftOut        module versions of the bundle this workspace does not have: their entries
 *                       were left out, nothing of them was written
 * @param ignoredEntries zip entries that are not part of the format and were not read
 */
public record ImportReport(BundleManifest manifest, MergeResult merge, List<String> skippedModules,
        int skippedEntries, List<LeftOut> leftOut, List<String> ignoredEntries) {

    public ImportReport {
        skippedModules = List.copyOf(skippedModules);
        leftOut = List.copyOf(leftOut);
        ignoredEntries = List.copyOf(ignoredEntries);
    }

    /** How many of the bundle's names, votes and notes were left out: not written, for want of their module. */
    public int entriesLeftOut() {
        return skippedEntries + leftOut.stream().mapToInt(LeftOut::entries).sum();
    }

    /** A module of the bundle that is not here, with how many of its entries were left out. */
    public record LeftOut(String id, String fingerprint, int names, int votes, int notes) {

        public int entries() {
            return names + votes + notes;
        }
    }
}
