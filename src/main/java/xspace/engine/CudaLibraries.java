package xspace.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the CUDA 13 libraries the GPU executor needs (runtime, cuBLAS, cuDNN 9, NVRTC) on disk,
 * without loading any: where the dynamic linker looks, in CUDA toolkits, distribution packages
 * and NVIDIA's Python wheels, and in {@code XSPACE_CUDA_PATH}. Where each lives differs by machine.
 */
public final class CudaLibraries {

    /** Extra folders to search, separated by ':' (where a CUDA installation is elsewhere). */
    public static final String ENVIRONMENT = "XSPACE_CUDA_PATH";

    /** Library file → what it is, in the order they load. */
    static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("libcudart.so.13", "CUDA 13 runtime");
        REQUIRED.put("libcublasLt.so.13", "cuBLASLt 13");
        REQUIRED.put("libcublas.so.13", "cuBLAS 13");
        REQUIRED.put("libnvrtc.so.13", "NVRTC 13");
        REQUIRED.put("libcudnn.so.9", "cuDNN 9");
    }

    /** What was found: each required library's folder, and what is missing. */
    public record Found(Map<String, Path> libraries, List<String> missing) {

        public List<Path> folders() {
            return libraries.values().stream().map(Path::getParent).distinct().toList();
        }
    }

    private CudaLibraries() {
    }

    /** Searches this machine's usual places. */
    public static Found find() {
        List<Path> folders = new ArrayList<>();
        for (String list : new String[] {System.getenv(ENVIRONMENT), System.getenv("LD_LIBRARY_PATH"),
                System.getProperty("java.library.path")}) {
            if (list != null) {
                for (String entry : list.split(File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        folders.add(Path.of(entry));
                    }
                }
            }
        }
        folders.addAll(List.of(Path.of("/usr/local/cuda/lib64"), Path.of("/usr/local/cuda/targets/x86_64-linux/lib"),
                Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib64"), Path.of("/usr/lib")));
        folders.addAll(glob(Path.of("/usr/local"), "cuda-13*", "lib64"));
        for (Path python : List.of(Path.of("/usr/local/lib"), Path.of("/usr/lib"),
                Path.of(System.getProperty("user.home"), ".local", "lib"))) {
            for (Path version : glob(python, "python3*", "")) {
                for (String site : new String[] {"site-packages", "dist-packages"}) {
                    folders.addAll(glob(version.resolve(site).resolve("nvidia"), "*", "lib"));
                    folders.add(version.resolve(site).resolve("nvidia").resolve("cu13").resolve("lib"));
                }
            }
        }
        return in(folders);
    }

    /** Searches the given folders only, in order; the first folder holding a library wins. */
    public static Found in(List<Path> folders) {
        Map<String, Path> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Set<Path> unique = new LinkedHashSet<>(folders);
        for (String library : REQUIRED.keySet()) {
            unique.stream().map(f -> f.resolve(library)).filter(Files::exists).findFirst()
                    .ifPresentOrElse(p -> found.put(library, p), () -> missing.add(library));
        }
        return new Found(found, missing);
    }

    /** The missing libraries in words, e.g. {@code libcudnn.so.9 (cuDNN 9)}. */
    public static String describe(List<String> missing) {
        return String.join(", ", missing.stream().map(l -> l + " (" + REQUIRED.get(l) + ")").toList());
    }

    private static List<Path> glob(Path folder, String pattern, String below) {
        List<Path> matches = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return matches;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, pattern)) {
            stream.forEach(p -> matches.add(below.isEmpty() ? p : p.resolve(below)));
        } catch (IOException e) {
            // an unreadable folder holds nothing we can load
        }
        return matches;
    }
}
