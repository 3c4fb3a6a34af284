package xspace.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import xspace.engine.CancelledException;
import xspace.engine.TaskMonitor;

/**
 * Reads the sizes of many image files from their headers, several files at a time: the work is
 * mostly waiting for the disk, and CUB has 11,788 images. No pixel is decoded.
 */
final class ImageHeaders {

    /** What the header of one image file says, or why it could not be read. */
    record Header(ImageSize size, DatasetProblem problem, boolean missing) {
    }

    private static final int CHUNK = 64;

    private ImageHeaders() {
    }

    /**
     * Reads the header of each file.
     *
     * @param paths the image paths relative to {@code images/}, by image id
     * @return the header of each image id
     */
    static Map<Integer, Header> scan(Path imagesDir, Map<Integer, String> paths, TaskMonitor monitor) {
        List<List<Integer>> chunks = chunks(new ArrayList<>(paths.keySet()));
        int threads = Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "image-headers");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<Map<Integer, Header>>> futures = new ArrayList<>();
            for (List<Integer> chunk : chunks) {
                futures.add(pool.submit(() -> {
                    monitor.checkCancelled();
                    Map<Integer, Header> headers = readChunk(imagesDir, paths, chunk);
                    monitor.progress(done.addAndGet(chunk.size()), paths.size(), "reading image headers");
                    return headers;
                }));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Header> readChunk(Path imagesDir, Map<Integer, String> paths, List<Integer> ids) {
        Map<Integer, Header> headers = new HashMap<>();
        for (Integer id : ids) {
            headers.put(id, read(imagesDir.resolve(paths.get(id)), "images/" + paths.get(id)));
        }
        return headers;
    }

    private static Header read(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            return new Header(null, null, true);
        }
        try {
            ImageSize size = ImageLoading.readSize(file, name);
            ImageLoading.refuseIfHuge(size, name);
            return new Header(size, null, false);
        } catch (DatasetException e) {
            return new Header(null, e.problems().get(0), false);
        }
    }

    private static Map<Integer, Header> collect(List<Future<Map<Integer, Header>>> futures) {
        Map<Integer, Header> all = new HashMap<>();
        try {
            for (Future<Map<Integer, Header>> future : futures) {
                all.putAll(future.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        return all;
    }

    private static List<List<Integer>> chunks(List<Integer> ids) {
        List<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
