package xspace.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;
import xspace.workspace.NameCarrying;
import xspace.workspace.db.NameCarrier;
import xspace.workspace.sharing.Shown;

/** The text report of {@code explain carry-names}; names people typed are printed through {@link Shown}. */
final class CarryReportText {

    private CarryReportText() {
    }

    static void print(NameCarrying.Report report, double minCorrelation, double minMargin, boolean dryRun,
            PrintStream out) {
        String fromLabel = report.from().version().map(v -> v.label() + " (" + v.id() + ")").orElse(report.from().id());
        out.printf("%s names of class %d from %s to %s (%s)%s%n", dryRun ? "would carry" : "carrying",
                report.to().classIndex(), fromLabel, report.to().label(), report.to().id(),
                report.images() > 0 ? ", measured on " + report.images() + " images" : "");
        if (report.decisions().isEmpty()) {
            out.println("  the source has no named x-features");
        }
        for (NameCarrying.Decision d : report.decisions()) {
            out.printf("  x-feature %d -> %s  %s  %s  %s%n", d.from(), d.to() < 0 ? "none" : String.valueOf(d.to()),
                    measure(d), verdict(d, minCorrelation, minMargin), names(d));
        }
        NameCarrier.Result result = report.result();
        if (result != null) {
            out.printf("carried %d names; %d were there already%n", result.carried().size(), result.unchanged());
            result.left().forEach(n -> out.printf("  %s keeps %s on x-feature %d (not %s)%n", Shown.escape(n.annotator()),
                    Shown.quote(n.theirs()), n.to().feature(), Shown.quote(n.name())));
        }
        out.println("votes and notes are not carried: they judge the x-features they were given on; vote on "
                + report.to().label() + " again.");
    }

    private static String measure(NameCarrying.Decision d) {
        if (Double.isNaN(d.correlation())) {
            return "r not measured";
        }
        return String.format(Locale.ROOT, "r %.3f, next best %s", d.correlation(),
                Double.isNaN(d.runnerUp()) ? "none" : String.format(Locale.ROOT, "%.3f", d.runnerUp()));
    }

    private static String verdict(NameCarrying.Decision d, double minCorrelation, double minMargin) {
        String anyway = d.to() < 0 ? "; --map " + d.from() + "=TO carries it where you decide"
                : "; --map " + d.from() + "=" + d.to() + " carries it anyway";
        return switch (d.verdict()) {
            case MATCHED -> "matched";
            case BY_HAND -> "mapped by hand";
            case WEAK -> String.format(Locale.ROOT, "not carried: below %.2f%s", minCorrelation, anyway);
            case AMBIGUOUS -> String.format(Locale.ROOT, "not carried: ambiguous, less than %.2f above the next"
                    + " best%s", minMargin, anyway);
            case UNMATCHED -> "not carried: no measured partner" + anyway;
        };
    }

    private static String names(NameCarrying.Decision d) {
        return d.names().entrySet().stream().map(e -> Shown.escape(e.getKey()) + " " + Shown.quote(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
