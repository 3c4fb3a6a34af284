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
 * @param ignoredEntries zip entries that are not part of the format and were not read
 */
public record ImportReport(BundleManifest manifest, MergeResult merge, List<String> skippedModules,
        List<String> ignoredEntries) {

    public ImportReport {
        skippedModules = List.copyOf(skippedModules);
        ignoredEntries = List.copyOf(ignoredEntries);
    }
}
