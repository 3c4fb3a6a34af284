package xspace.workspace.session;

import java.util.List;
import java.util.stream.Collectors;
import xspace.workspace.ModuleVersion;
import xspace.workspace.VersionOverview;

/**
 * The module bar's line about versions: which version of the class's module is shown (the current
 * one) among how many, and which other versions hold names and votes, which stay with them until
 * someone carries the names over ({@code xspace explain carry-names}).
 */
public final class VersionSummary {

    private VersionSummary() {
    }

    public static String of(List<VersionOverview.Row> rows) {
        List<ModuleVersion> versions = rows.stream().flatMap(r -> r.version().stream()).toList();
        ModuleVersion current = versions.stream().filter(ModuleVersion::current).findFirst().orElse(null);
        if (current == null) {
            return "";
        }
        String shown = versions.size() == 1 ? current.label() + " (the only version)"
                : current.label() + " of " + versions.size() + " (current)";
        List<VersionOverview.Row> others = rows.stream()
                .filter(r -> r.holdsAnything() && !r.id().equals(current.id())).toList();
        if (others.isEmpty()) {
            return shown;
        }
        return shown + " · names and votes also on " + others.stream().map(VersionSummary::held)
                .collect(Collectors.joining(", ")) + ": they stay there until carried over (xspace explain carry-names)";
    }

    private static String held(VersionOverview.Row row) {
        String which = row.version().map(ModuleVersion::label).orElse(row.id() + " (file gone)");
        return which + " (" + count(row.names(), "name") + ", " + count(row.votes(), "vote") + ")";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
