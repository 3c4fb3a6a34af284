package xspace.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import xspace.engine.OutputFile;
import xspace.workspace.ModuleRowsExport;
import xspace.workspace.WorkspaceOutput;

/** {@code xspace explain export-rows}: the rows a module was trained and tested on, for another implementation. */
@Command(name = "export-rows", mixinStandardHelpOptions = true,
        description = "Write Z, the score vectors and the module's ȳ of the current module's training and test rows"
                + " as .npy, and rows.json (which images, which are positives, shape, hyperparameters, Freg/Fcls),"
                + " so that another implementation can be trained and tested on exactly the same rows.")
public final class ExplainExportRowsCommand implements Callable<Integer> {

    @Mixin
    ClassModuleOptions module;

    @Option(names = "--out", required = true, description = "Folder to write into (created if missing; not inside"
            + " a workspace but for its exports/ folder).")
    Path out;

    @Option(names = "--force", description = "Replace the rows an earlier export left in --out.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        WorkspaceOutput.checkOutsideAny(out, "the rows");
        OutputFile.requireNoEarlier(out, ModuleRowsExport.FILES, force, "rows of a module");
        ModuleRowsExport.Description d = ModuleRowsExport.export(module.open(), module.method(),
                module.classIndex, out);
        Files.writeString(out.resolve(ModuleRowsExport.DESCRIPTION), Json.pretty(d));
        System.out.printf("%s: %d training rows (%d positives), %d test rows (%d positives) -> %s%n", d.version(),
                d.train().rows(), d.train().positives(), d.test().rows(), d.test().positives(), out);
        return 0;
    }
}
