package xspace.workspace;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import xspace.engine.AtomicFiles;

/**
 * The demo's files under {@code assets/demo/}: {@code demo.json} (recipe and the figures of the
 * build), {@code cnn.zip} with {@code cnn.json}, and {@code modules/METHOD/class-NNN.zip}.
 */
public record DemoAssets(Path root) {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    /** The recipe with what its build measured (accuracy, times, sizes). */
    public record Manifest(DemoRecipe recipe, Map<String, Object> figures) {
    }

    public Path manifestPath() {
        return root.resolve("demo.json");
    }

    public Path cnn() {
        return root.resolve("cnn.zip");
    }

    public Path modules() {
        return root.resolve("modules");
    }

    /** Tables 1 and 2 of the demo and their per-class results, as {@code xspace evaluate} writes them. */
    public Path evaluation() {
        return root.resolve("evaluation");
    }

    public boolean exists() {
        return Files.isRegularFile(manifestPath()) && Files.isRegularFile(cnn());
    }

    public Manifest read() throws IOException {
        if (!exists()) {
            throw new WorkspaceException(root + ": no demo assets (demo.json and cnn.zip); give the folder that"
                    + " holds them (demo install --assets DIR, where DIR/demo holds them), or build them with"
                    + " xspace demo build");
        }
        return GSON.fromJson(Files.readString(manifestPath(), StandardCharsets.UTF_8), Manifest.class);
    }

    public void write(Manifest manifest) throws IOException {
        AtomicFiles.writeString(manifestPath(), GSON.toJson(manifest));
    }

    /**
     * Where the demo assets are: {@code xspace.assets} if set, else {@code assets/demo} in the
     * working folder (a source checkout), else beside the installed jar.
     */
    public static DemoAssets locate() {
        String property = System.getProperty("xspace.assets");
        if (property != null) {
            return new DemoAssets(Path.of(property).resolve("demo"));
        }
        Path local = Path.of("assets", "demo");
        if (Files.isDirectory(local)) {
            return new DemoAssets(local.toAbsolutePath());
        }
        try {
            Path jar = Path.of(DemoAssets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("assets/demo"))) {
                    return new DemoAssets(dir.resolve("assets/demo"));
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // Fall through to the working folder's path, which names the expected place in errors.
        }
        return new DemoAssets(local.toAbsolutePath());
    }
}
