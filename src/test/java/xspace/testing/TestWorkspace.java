package xspace.testing;

import java.io.IOException;
import java.nio.file.Path;
import xspace.cli.XSpaceCommand;
import xspace.data.CubFixture;

/**
 * A tiny workspace for the application tests, built once per test run with the command line:
 * the CUB fixture, a 16-pixel network trained for one epoch, and an SRAE module of class 0 with
 * three x-features, one of which fires. Each test class works on its own copy, so votes never leak between classes.
 */
public final class TestWorkspace {

    public static final int N = 3;
    private static Path base;

    private TestWorkspace() {
    }

    /** The id names and votes of the workspace's SRAE module of class 0 are keyed by (its version). */
    public static String moduleId(Path workspace) {
        return xspace.workspace.Workspace.open(workspace).modules()
                .requireCurrent(xspace.explain.ExplanationMethod.SRAE, 0).id();
    }

    /** Builds the workspace unless this test run already has; call before the FX application starts. */
    public static synchronized void build() throws IOException {
        if (base == null) {
            base = build(ScratchFolders.create("xspace-app-test"));
        }
    }

    /** A fresh copy of the workspace (the dataset is shared; it is only read). */
    public static synchronized Path copy() throws IOException {
        build();
        Path target = ScratchFolders.create("xspace-app-ws").resolve("ws");
        xspace.engine.FileTrees.copy(base, target);
        return target;
    }

    private static Path build(Path dir) {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = dir.resolve("cnn.zip");
        Path ws = dir.resolve("ws");
        run("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 1, "--batch", 2);
        run("workspace", "create", ws, "--data", data, "--model", model);
        // Seed 4: one x-feature fires on every image and two are silent everywhere, so the views'
        // drawing of firing and of silent x-features are both exercised.
        run("explain", "train", "--workspace", ws, "--classes", "0", "--n", N, "--epochs", 3, "--seed", 4);
        return ws;
    }

    private static void run(Object... args) {
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int code = XSpaceCommand.execute(strings);
        if (code != 0) {
            throw new IllegalStateException("xspace " + String.join(" ", strings) + " exited with " + code);
        }
    }
}
