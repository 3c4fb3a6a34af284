package xspace.workspace.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import xspace.workspace.db.VoteTally;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/** What people have said about one x-feature: its current name and the tally of trust votes. */
public record FeatureAnnotation(XFeatureKey key, Optional<String> name, VoteTally tally) {

    /** The annotations of all x-features of a module, read in one go off the FX thread. */
    public static List<FeatureAnnotation> read(WorkspaceDatabase db, String moduleId, int classIndex, int n) {
        List<FeatureAnnotation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            XFeatureKey key = new XFeatureKey(moduleId, classIndex, i);
            out.add(new FeatureAnnotation(key, db.currentName(key), db.tally(key)));
        }
        return out;
    }

    /** The name, or the x-feature's number ({@link #label}) when nobody named it. */
    public String title() {
        return name.orElse(label(key.feature()));
    }

    /** The number and, when someone named it, the name: "x-feature 2 · red forehead". */
    public String numberedTitle() {
        return name.map(n -> label(key.feature()) + " · " + n).orElse(label(key.feature()));
    }

    /** The tally in a few words: "2 trust · 1 distrust · 0 unsure → distrusted". */
    public String trustText() {
        if (tally.total() == 0) {
            return "no votes yet";
        }
        String verdict = tally.majority().map(t -> switch (t) {
            case TRUST -> "trusted";
            case DISTRUST -> "distrusted";
            case UNSURE -> "unsure";
        }).orElse("tied");
        return String.format(Locale.ROOT, "%d trust · %d distrust · %d unsure → %s", tally.trust(), tally.distrust(),
                tally.unsure(), verdict);
    }

    /**
     * How an x-feature is numbered wherever it is shown: its index from 0, as the database, the CSV
     * exports, the sharing bundle and the command line number it, and as classes are numbered.
     */
    public static String label(int feature) {
        return "x-feature " + feature;
    }

    /** Several x-features in words, in order: "x-feature 3", "x-features 1 and 3", "x-features 0, 2 and 4". */
    public static String labels(java.util.Collection<Integer> features) {
        List<String> sorted = features.stream().sorted().map(String::valueOf).toList();
        if (sorted.size() <= 1) {
            return "x-feature " + String.join("", sorted);
        }
        return "x-features " + String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and "
                + sorted.get(sorted.size() - 1);
    }
}
