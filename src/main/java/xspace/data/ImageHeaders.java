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
 * Reads the sizes of many image files, several files at a time: from their headers (the work is
 * then mostly waiting for the disk, and CUB has 11,788 images), or by decoding every pixel when
 * validation must promise that each image loads (one thread per core then, as decoding is CPU
 * work and holds a whole image in memory).
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
    static Map<Integer, Header> scan(ImageFolder folder, Map<Integer, String> paths, ImageCheck check,
            TaskMonitor monitor) {
        List<List<Integer>> chunks = chunks(new ArrayList<>(paths.keySet()));
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = check == ImageCheck.DECODE ? Math.min(8, cores) : Math.max(2, Math.min(8, 2 * cores));
        String stage = check == ImageCheck.DECODE ? "decoding images" : "reading image headers";
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
                    Map<Integer, Header> headers = readChunk(folder, paths, chunk, check);
                    monitor.progress(done.addAndGet(chunk.size()), paths.size(), stage);
                    return headers;
                }));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Header> readChunk(ImageFolder folder, Map<Integer, String> paths, List<Integer> ids,
            ImageCheck check) {
        Map<Integer, Header> headers = new HashMap<>();
        for (Integer id : ids) {
            headers.put(id, read(folder, paths.get(id), check));
        }
        return headers;
    }

    private static Header read(ImageFolder folder, String path, ImageCheck check) {
        String name = "images/" + Echo.plain(path);
        DatasetProblem refused = folder.problem(path, name);
        if (refused != null) {
            return new Header(null, refused, false);
        }
        Path file = folder.resolve(path);
        if (!Files.isRegularFile(file)) {
            return new Header(null, null, true);
        }
        try {
            ImageSize size = check == ImageCheck.DECODE ? ImageLoading.decodedSize(file, name)
                    : ImageLoading.readSize(file, name);
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
