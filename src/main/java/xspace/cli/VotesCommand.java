package xspace.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import xspace.workspace.Workspace;
import xspace.workspace.WorkspaceModules;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.session.VotesCsv;
import xspace.workspace.sharing.BundleTarget;
import xspace.workspace.sharing.ExportSummary;
import xspace.workspace.sharing.ImportReport;
import xspace.workspace.sharing.SharingBundle;

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
                "Entries of a module version this workspace does not have are left out and listed; --map merges them"
                    + " onto a version here instead, x-feature by x-feature, where you decided the two match."})
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--workspace", required = true, description = "The workspace folder.")
        Path workspace;

        @Parameters(paramLabel = "FILE.zip", description = "The bundle to import.")
        Path bundle;

        @Option(names = "--json", description = "print one JSON object instead of text")
        boolean json;

        @Option(names = "--map", paramLabel = "THEIRS=OURS", description = "merge the entries of the bundle's module"
                + " THEIRS (its id as the report lists it) onto this workspace's version OURS (v2 is not enough"
                + " here: its id or fingerprint); repeatable")
        Map<String, String> mapping = new java.util.LinkedHashMap<>();

        @Override
        public Integer call() {
            Workspace ws = Workspace.open(workspace);
            ImportReport report;
            try (WorkspaceDatabase db = ws.database()) {
                Map<String, String> onto = new java.util.LinkedHashMap<>();
                mapping.forEach((theirs, ours) -> onto.put(theirs, ws.modules().find(ours).id()));
                BundleTarget target = new BundleTarget(ws.cnnInfo().fingerprint(), WorkspaceModules.of(ws),
                        Clock.systemUTC(), onto);
                report = SharingBundle.importInto(db, bundle, target);
            }
            PrintWriter printer = spec.commandLine().getOut();
            if (json) {
                printer.println(Json.pretty(report));
            } else {
                new ImportSummary(report, MappingHint.of(ws)).print(printer, bundle);
            }
            printer.flush();
            return 0;
        }
    }
}
