package xspace.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import xspace.workspace.ModuleLayout;
import xspace.workspace.Workspace;
import xspace.workspace.WorkspaceException;
import xspace.workspace.WorkspaceModules;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.session.VotesCsv;
import xspace.workspace.sharing.BundleTarget;
import xspace.workspace.sharing.ExportSummary;
import xspace.workspace.sharing.ImportReport;
import xspace.workspace.sharing.SharingBundle;
import xspace.workspace.sharing.Shown;

/** {@code xspace votes export|import}: share x-feature names, trust votes and notes with colleagues. */
@Command(name = "votes", mixinStandardHelpOptions = true,
        description = "Export or import x-feature names, trust votes and notes as a sharing bundle.",
        subcommands = {VotesCommand.Export.class, VotesCommand.Import.class})
public final class VotesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the workspace's annotators, names, votes and notes to a zip bundle.",
                "The bundle is never written inside the workspace folder, except under its exports/ folder,"
                    + " and never over an existing file unless --force is given; even then only an older"
                    + " sharing bundle is replaced. Links and .. in FILE.zip are resolved first."})
    static final class Export implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "The workspace folder.")
        Path workspace;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle (or CSV) to write.")
        Path out;

        @Option(names = "--csv", description = "write a CSV for spreadsheets instead of a bundle: one line per"
                + " x-feature named or voted on, with its current name and tally (not importable)")
        boolean csv;

        @Option(names = "--force", description = "replace FILE.zip if it is an existing sharing bundle"
                + " (any other file, and the workspace's own files, are never replaced)")
        boolean force;

        @Option(names = "--json", description = "print one JSON object instead of text")
        boolean json;

        @Override
        public Integer call() throws java.io.IOException {
            Workspace ws = Workspace.open(workspace);
            if (csv) {
                return exportCsv(ws);
            }
            ExportSummary summary;
            try (WorkspaceDatabase db = ws.database()) {
                summary = SharingBundle.export(db, out, force, ws.cnnInfo().fingerprint(),
                        WorkspaceModules.fingerprints(ws), Clock.systemUTC());
            }
            PrintWriter printer = spec.commandLine().getOut();
            if (json) {
                JsonObject o = new JsonObject();
                o.addProperty("file", summary.file().toString());
                o.addProperty("annotators", summary.annotators());
                o.addProperty("names", summary.names());
                o.addProperty("votes", summary.votes());
                o.addProperty("notes", summary.notes());
                printer.println(Json.write(o));
            } else {
                printer.printf("exported %d annotators, %d names, %d votes and %d notes to %s%n",
                        summary.annotators(), summary.names(), summary.votes(), summary.notes(), summary.file());
            }
            printer.flush();
            return 0;
        }

        private int exportCsv(Workspace ws) throws java.io.IOException {
            int lines;
            try (WorkspaceDatabase db = ws.database()) {
                lines = VotesCsv.export(ws.root(), db, out, force);
            }
            PrintWriter printer = spec.commandLine().getOut();
            if (json) {
                JsonObject o = new JsonObject();
                o.addProperty("file", out.toAbsolutePath().toString());
                o.addProperty("xFeatures", lines);
                printer.println(Json.write(o));
            } else {
                printer.printf("exported %d x-features to %s%n", lines, out.toAbsolutePath());
            }
            printer.flush();
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Merge a colleague's bundle: per annotator, the newer entry wins; conflicting names "
                    + "are listed, not resolved.",
                "Entries of a module version this workspace does not have are left out and listed: they belong to"
                    + " that version only. Bring its module file, import again, then 'xspace explain carry-names"
                    + " --from THAT-VERSION' carries its names where x-features are measured to match.",
                "Exit code 0 when every entry of the bundle was merged, 1 when some were left out (for want of"
                    + " their module version here), 2 when the bundle was refused (nothing imported)."})
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "The workspace folder.")
        Path workspace;

        @Parameters(paramLabel = "FILE.zip", description = "The bundle to import.")
        Path bundle;

        @Option(names = "--json", description = "print one JSON object instead of text")
        boolean json;

        /**
         * Earlier builds merged a version's entries onto another version, x-feature i onto x-feature
         * i, which moved names and votes to other concepts. Kept only so that a command line written
         * for them is refused with what to do instead, rather than with "unknown option".
         */
        @Option(names = "--map", hidden = true, paramLabel = "THEIRS=OURS")
        List<String> mapping = new ArrayList<>();

        @Override
        public Integer call() {
            if (!mapping.isEmpty()) {
                throw new WorkspaceException(refusedMapping(mapping.get(0)));
            }
            Workspace ws = Workspace.open(workspace);
            ImportReport report;
            try (WorkspaceDatabase db = ws.database()) {
                BundleTarget target = new BundleTarget(ws.cnnInfo().fingerprint(), WorkspaceModules.of(ws),
                        Clock.systemUTC());
                report = SharingBundle.importInto(db, bundle, target);
            }
            PrintWriter printer = spec.commandLine().getOut();
            if (json) {
                printer.println(Json.pretty(report));
            } else {
                new ImportSummary(report, LeftOutHint.of(ws)).print(printer, bundle);
            }
            printer.flush();
            // As carry-names when something was not carried: a script must not take part of a bundle for all of it.
            return report.entriesLeftOut() > 0 ? 1 : 0;
        }

        private String refusedMapping(String given) {
            String theirs = given.contains("=") ? given.substring(0, given.indexOf('=')) : "THEIRS";
            String which = ModuleLayout.slotOf(theirs).map(s -> "--class " + s.classIndex() + " --method "
                    + s.method().name().toLowerCase(java.util.Locale.ROOT)).orElse("--class J --method M");
            return "--map " + Shown.escape(given) + ": refused, nothing was imported. The entries of a module version"
                    + " belong to that version only: x-feature i of another version is another concept, so they are"
                    + " never merged onto one. Bring the version itself (its module file into " + Shown.path(workspace)
                    + "/models/modules/), import again, then 'xspace explain carry-names --workspace "
                    + Shown.path(workspace) + " " + which + " --from " + Shown.escape(theirs) + "' carries its"
                    + " names where x-features are measured to match";
        }
    }
}
