package xspace.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import xspace.explain.ExplanationMethod;
import xspace.workspace.ModuleVersion;
import xspace.workspace.ModuleVersions;
import xspace.workspace.NameCarrying;
import xspace.workspace.Workspace;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.WorkspaceDatabase;

/** {@code xspace explain carry-names}: names of one version's x-features given to the matching x-features of another. */
@Command(name = "carry-names", mixinStandardHelpOptions = true,
        description = {"Carry the names of one version of a class's module to another (by default the current one).",
            "Each named x-feature goes to the x-feature of the target whose E correlates best with its own over the"
                + " images of the workspace's features (one-to-one), if the correlation reaches --min-correlation and"
                + " stands --min-margin above the next best; otherwise it is not carried and the report says why."
                + " --map FROM=TO carries an x-feature where a person decided, e.g. after comparing heatmaps.",
            "Each annotator's name becomes theirs on the target unless they named it already. Votes and notes are"
                + " not carried. Exit code 1 when some named x-feature was not carried."})
public final class ExplainCarryNamesCommand implements Callable<Integer> {

    @Mixin
    ClassModuleOptions module;

    @Option(names = "--from", required = true, description = "The version the names are on, of the same method"
            + " (--method) and class: v1, its fingerprint, or a module id 'xspace explain versions' lists without a"
            + " file. Another method's version is refused.")
    String from;

    @Option(names = "--to", description = "The version to carry them to (default: the current one).")
    String to;

    @Option(names = "--min-correlation", defaultValue = "0.8", converter = Ranges.Correlation.class, description = "Correlation a match needs"
            + " (default: ${DEFAULT-VALUE}).")
    double minCorrelation;

    @Option(names = "--min-margin", defaultValue = "0.1", converter = Ranges.NonNegativeNumber.class, description = "How far a match must stand above the"
            + " x-feature's next best (default: ${DEFAULT-VALUE}).")
    double minMargin;

    @Option(names = "--map", paramLabel = "FROM=TO", description = "Carry x-feature FROM's names to x-feature TO"
            + " (0-based), whatever the measure says; repeatable.")
    List<String> byHand = new ArrayList<>();

    @Option(names = "--dry-run", description = "Measure and report, write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Map<Integer, Integer> pairs = byHand();
        Workspace ws = module.open();
        ExplanationMethod chosen = module.method();
        ModuleVersions modules = ws.modules();
        ModuleVersion target = to == null ? modules.requireCurrent(chosen, module.classIndex)
                : modules.find(to, chosen, module.classIndex);
        NameCarrying.Report report;
        try (WorkspaceDatabase db = ws.database()) {
            NameCarrying.Source source = source(modules, db, chosen);
            report = new NameCarrying(ws, db).carry(source, target, new NameCarrying.Options(minCorrelation, minMargin,
                    pairs, dryRun), new ConsoleProgress(System.err));
        }
        CarryReportText.print(report, minCorrelation, minMargin, dryRun, System.out);
        return report.decisions().stream().allMatch(NameCarrying.Decision::carried) ? 0 : 1;
    }

    /** The --map pairs; an x-feature mapped twice is refused (as a map, the last would win without a word). */
    private Map<Integer, Integer> byHand() {
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        for (String pair : byHand) {
            String[] parts = pair.split("=", -1);
            int[] numbers = new int[2];
            for (int k = 0; k < 2; k++) {
                try {
                    numbers[k] = parts.length == 2 ? Integer.parseInt(parts[k].trim()) : -1;
                } catch (NumberFormatException e) {
                    numbers[k] = -1;
                }
            }
            if (numbers[0] < 0 || numbers[1] < 0) {
                throw new IllegalArgumentException("--map " + pair + ": expected FROM=TO, two x-feature numbers"
                        + " (0-based), e.g. 0=2");
            }
            Integer earlier = pairs.put(numbers[0], numbers[1]);
            if (earlier != null) {
                throw new IllegalArgumentException("--map " + numbers[0] + "=" + earlier + " and --map " + pair
                        + ": x-feature " + numbers[0] + " is mapped twice; map it once");
            }
        }
        return pairs;
    }

    /** A version of the class, or a module id that holds names but whose file is gone. */
    private NameCarrying.Source source(ModuleVersions modules, WorkspaceDatabase db, ExplanationMethod chosen) {
        try {
            ModuleVersion v = modules.find(from, chosen, module.classIndex);
            return new NameCarrying.Source(v.id(), module.classIndex, Optional.of(v));
        } catch (WorkspaceException notAVersion) {
            boolean held = db.moduleKeys().held().stream()
                    .anyMatch(h -> h.moduleId().equals(from) && h.classIndex() == module.classIndex);
            if (!held) {
                throw notAVersion;
            }
            return new NameCarrying.Source(from, module.classIndex, Optional.empty());
        }
    }
}
