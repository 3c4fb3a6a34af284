package xspace.gpu;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import xspace.engine.CudaLibraries;

/**
 * Loads the CUDA 13 libraries found on disk by their full paths before JavaCPP's bindings load:
 * the dynamic linker then resolves the bindings against them by name, wherever they live, even
 * when their folders are not on LD_LIBRARY_PATH (which a running JVM cannot change). cuDNN's
 * sub-libraries, which cuDNN opens itself, load from its folder too. Order does not matter: a
 * library whose dependencies have not loaded yet is tried again after the others.
 */
final class NativePreload {

    private NativePreload() {
    }

    static void load(CudaLibraries.Found found) {
        List<Path> pending = new ArrayList<>(found.libraries().values());
        found.libraries().values().stream().filter(p -> p.getFileName().toString().startsWith("libcudnn"))
                .findFirst().ifPresent(cudnn -> pending.addAll(0, siblings(cudnn.getParent(), "libcudnn_*.so.9")));
        found.libraries().values().stream().filter(p -> p.getFileName().toString().startsWith("libnvrtc"))
                .findFirst().ifPresent(nvrtc -> pending.addAll(0, siblings(nvrtc.getParent(), "libnvrtc-builtins.so.13*")));
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Path library : List.copyOf(pending)) {
                try {
                    System.load(library.toAbsolutePath().toString());
                    pending.remove(library);
                    progress = true;
                } catch (UnsatisfiedLinkError e) {
                    // a dependency still to load; JavaCPP reports what stays missing
                }
            }
        }
    }

    private static List<Path> siblings(Path folder, String pattern) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, pattern)) {
            stream.forEach(found::add);
        } catch (IOException e) {
            // nothing more to preload there
        }
        return found;
    }
}
